import type { Request, Response } from 'express';

/** Promise wrappers around express-session for the resolvers that start and end sessions. */
export const sessionControl = {
  /** A fresh session id at log-in, so a planted id is never promoted (no session fixation). */
  async start(req: Request, userId: string): Promise<void> {
    await new Promise<void>((resolve, reject) => req.session.regenerate((e) => (e ? reject(e) : resolve())));
    req.session.userId = userId;
    req.session.authenticatedAt = Date.now();
    await new Promise<void>((resolve, reject) => req.session.save((e) => (e ? reject(e) : resolve())));
  },

  async end(req: Request, res: Response, cookieName: string): Promise<void> {
    if (req.session) {
      await new Promise<void>((resolve, reject) => req.session.destroy((e) => (e ? reject(e) : resolve())));
    }
    res.clearCookie(cookieName, { path: '/' });
  },
};
