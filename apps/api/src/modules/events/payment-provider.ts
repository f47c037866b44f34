import { Injectable } from '@nestjs/common';

export interface PaymentRequest {
  orderId: string;
  totalCents: number;
  currency: string;
  invoiceNumber: string;
  buyerEmail: string;
}

export interface PaymentOutcome {
  /** awaiting_payment: confirmed, paid later (invoice); paid: settled now (a card provider). */
  state: 'awaiting_payment' | 'paid';
  provider: string;
  reference: string | null;
}

/** How a confirmed order gets paid. A card provider implements this and is provided instead. */
export abstract class PaymentProvider {
  abstract confirm(request: PaymentRequest): Promise<PaymentOutcome>;
}

/** The default: the order is confirmed at once and an invoice is issued; staff mark it paid when the money arrives. */
@Injectable()
export class InvoicePaymentProvider extends PaymentProvider {
  async confirm(request: PaymentRequest): Promise<PaymentOutcome> {
    return { state: 'awaiting_payment', provider: 'invoice', reference: request.invoiceNumber };
  }
}
