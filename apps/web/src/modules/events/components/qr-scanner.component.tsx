import { Button, Stack, Text } from '@mantine/core';
import jsQR from 'jsqr';
import { useEffect, useRef, useState } from 'react';

/**
 * The phone's back camera: frames are drawn onto a canvas and read by jsQR; each new code is handed
 * to `onCode` once (the same code again only after a pause, so one ticket held up is one scan).
 */
export function QrScanner({ onCode }: { onCode: (text: string) => void }) {
  const [on, setOn] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const video = useRef<HTMLVideoElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const latest = useRef(onCode);
  latest.current = onCode;

  useEffect(() => {
    if (!on) return;
    let stream: MediaStream | null = null;
    let frame = 0;
    let stopped = false;
    let last = { text: '', at: 0 };
    const tick = () => {
      if (stopped) return;
      const v = video.current;
      const c = canvas.current;
      if (v && c && v.readyState === v.HAVE_ENOUGH_DATA) {
        c.width = v.videoWidth;
        c.height = v.videoHeight;
        const ctx = c.getContext('2d', { willReadFrequently: true });
        if (ctx) {
          ctx.drawImage(v, 0, 0, c.width, c.height);
          const code = jsQR(ctx.getImageData(0, 0, c.width, c.height).data, c.width, c.height, { inversionAttempts: 'dontInvert' });
          const now = Date.now();
          if (code?.data && (code.data !== last.text || now - last.at > 4000)) {
            last = { text: code.data, at: now };
            latest.current(code.data);
          }
        }
      }
      frame = requestAnimationFrame(tick);
    };
    navigator.mediaDevices
      ?.getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then((s) => {
        if (stopped) return s.getTracks().forEach((t) => t.stop());
        stream = s;
        if (video.current) {
          video.current.srcObject = s;
          void video.current.play();
        }
        frame = requestAnimationFrame(tick);
      })
      .catch(() => {
        setProblem('The camera is not available. Search by name or type the code instead.');
        setOn(false);
      });
    if (!navigator.mediaDevices) {
      setProblem('This browser cannot use the camera here. Search by name or type the code instead.');
      setOn(false);
    }
    return () => {
      stopped = true;
      cancelAnimationFrame(frame);
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, [on]);

  return (
    <Stack gap="xs">
      <video ref={video} muted playsInline aria-label="Camera view for scanning tickets" style={{ width: '100%', maxWidth: 360, display: on ? 'block' : 'none', borderRadius: 8 }} />
      <canvas ref={canvas} hidden />
      <Button variant={on ? 'outline' : 'filled'} onClick={() => { setProblem(null); setOn((v) => !v); }}>
        {on ? 'Stop the camera' : 'Scan tickets with the camera'}
      </Button>
      {problem ? <Text size="sm">{problem}</Text> : null}
    </Stack>
  );
}
