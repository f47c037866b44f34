import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { AppRequest } from '../../core/graphql/graphql-context';
import { MembershipService } from '../accounts/membership.service';
import { CertificatePdfService } from './certificate-pdf.service';
import { LearningException } from './learning.exception';
import { LearningService } from './learning.service';

/**
 * GET /downloads/certificates/:code — the certificate as a PDF, for its holder and staff (session
 * cookie). Anyone else gets the same 404 as for a code that does not exist; the public page only
 * verifies.
 */
@Controller('downloads/certificates')
export class CertificatePdfController {
  constructor(
    private readonly learning: LearningService,
    private readonly memberships: MembershipService,
    private readonly pdf: CertificatePdfService,
  ) {}

  @Get(':code')
  async download(@Param('code') code: string, @Req() req: AppRequest, @Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'private, no-store');
    const { viewer } = await this.memberships.viewerForUserId(req.session?.userId);
    try {
      const certificate = await this.learning.certificateForDownload(viewer, code);
      const body = await this.pdf.render(certificate);
      res
        .status(200)
        .type('application/pdf')
        .setHeader('Content-Disposition', `attachment; filename="certificate-${certificate.code}.pdf"`)
        .send(body);
    } catch (e) {
      if (!(e instanceof LearningException)) throw e;
      res.status(e.category === 'UNAUTHENTICATED' ? 401 : 404).type('text').send(e.message);
    }
  }
}
