// Starting, killing and restarting real API processes takes seconds each.
jest.setTimeout(180_000);
