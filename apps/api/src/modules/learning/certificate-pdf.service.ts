import { Inject, Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { APP_CONFIG } from '../../core/config/config.module';
import type { AppConfig } from '../../core/config/app-config';
import { CourseCertificateEntity } from './entities/course-certificate.entity';

const INK = '#1a1b1e';
const ACCENT = '#1c7ed6';
const MUTED = '#5c5f66';

/** The printable certificate: A4 landscape, with the verification code and a QR code to the public check. */
@Injectable()
export class CertificatePdfService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async render(certificate: CourseCertificateEntity): Promise<Buffer> {
    const verifyUrl = `${this.config.publicUrl}/certificates/${certificate.code}`;
    const issuedOn = DateTime.fromJSDate(certificate.issuedAt, { zone: 'utc' }).toFormat('d LLLL yyyy');
    const qr = await QRCode.toBuffer(verifyUrl, { margin: 1, width: 240, errorCorrectionLevel: 'M' });

    const doc = new PDFDocument({
      size: 'A4',
      layout: 'landscape',
      margin: 56,
      info: { Title: `${certificate.courseTitle} — ${certificate.holderName}`, Author: 'Confer', Subject: `Verification code ${certificate.code}` },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<Buffer>((resolve, reject) => {
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
    });

    const { width, height } = doc.page;
    doc.lineWidth(3).strokeColor(ACCENT).rect(28, 28, width - 56, height - 56).stroke();
    doc.lineWidth(0.75).rect(36, 36, width - 72, height - 72).stroke();

    const inner = width - 112;
    doc.fillColor(MUTED).font('Helvetica').fontSize(13).text('CONFER · SOCIAL MEDIA IN HEALTH CARE', 56, 84, { width: inner, align: 'center', characterSpacing: 2 });
    doc.moveDown(1.2).fillColor(INK).font('Helvetica-Bold').fontSize(34).text(certificate.courseTitle, { width: inner, align: 'center' });
    doc.moveDown(1).font('Helvetica').fontSize(15).fillColor(MUTED).text('This certifies that', { width: inner, align: 'center' });
    doc.moveDown(0.6).font('Helvetica-Bold').fontSize(30).fillColor(INK).text(certificate.holderName, { width: inner, align: 'center' });
    doc
      .moveDown(0.6)
      .font('Helvetica')
      .fontSize(15)
      .fillColor(MUTED)
      .text(`completed every module and quiz of the ${certificate.courseTitle} course on ${issuedOn}.`, { width: inner, align: 'center' });

    const qrSize = 96;
    const footerY = height - 56 - qrSize - 20;
    doc.image(qr, width - 56 - 20 - qrSize, footerY, { width: qrSize, height: qrSize });
    doc
      .font('Helvetica')
      .fontSize(11)
      .fillColor(MUTED)
      .text('Verification code', 76, footerY + 28)
      .font('Courier-Bold')
      .fontSize(14)
      .fillColor(INK)
      .text(certificate.code)
      .font('Helvetica')
      .fontSize(10)
      .fillColor(MUTED)
      .text(`Check it at ${verifyUrl}`, { link: verifyUrl });

    doc.end();
    return done;
  }
}
