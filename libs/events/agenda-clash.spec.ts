import { agendaClashes } from './agenda-clash.rule';

const s = (id: string, from: string, to: string, track: string | null = 'A') => ({ id, startsAt: new Date(`2027-11-14T${from}:00-05:00`), endsAt: new Date(`2027-11-14T${to}:00-05:00`), track });

describe('agendaClashes', () => {
  const chosen = [s('a1', '10:00', '11:00', 'A'), s('k', '09:00', '10:00', null), s('a2', '13:00', '14:00', 'A')];

  it.each<[string, ReturnType<typeof s>, string[]]>([
    ['same slot in another track', s('b1', '10:00', '11:00', 'B'), ['a1']],
    ['partly overlapping', s('b', '10:30', '11:30', 'B'), ['a1']],
    ['inside a chosen one', s('c', '10:15', '10:45', 'C'), ['a1']],
    ['spanning two chosen', s('w', '09:30', '13:30', 'C'), ['a1', 'k', 'a2']],
    ['starts when one ends (no clash)', s('b2', '11:00', '12:00', 'B'), []],
    ['ends when one starts (no clash)', s('b0', '08:00', '09:00', 'B'), []],
    ['the same session again', s('a1', '10:00', '11:00', 'A'), []],
  ])('%s', (_label, candidate, ids) => {
    expect(agendaClashes(candidate, chosen).map((x) => x.id)).toEqual(ids);
  });

  it('nothing chosen, no clash', () => {
    expect(agendaClashes(s('x', '10:00', '11:00'), [])).toEqual([]);
  });
});
