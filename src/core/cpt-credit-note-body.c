/* cpt-credit-note-body.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-credit-note"

#include "config.h"

#include "cpt-credit-note-private.h"

const CptAddress *
cpt_credit_note_get_billing_address (CptCreditNote *self)
{
  g_return_val_if_fail (CPT_IS_CREDIT_NOTE (self), NULL);

  return self->billing_address;
}

void
cpt_credit_note_set_billing_address (CptCreditNote *self,
                                     const CptAddress *billing_address)
{
  g_return_if_fail (CPT_IS_CREDIT_NOTE (self));

  cpt_document_parts_set_address (G_OBJECT (self), &self->billing_address, billing_address,
                                  cpt_credit_note_properties[PROP_BILLING_ADDRESS]);
}

CptSeller *
cpt_credit_note_get_seller (CptCreditNote *self)
{
  g_return_val_if_fail (CPT_IS_CREDIT_NOTE (self), NULL);

  return self->seller;
}

void
cpt_credit_note_set_seller (CptCreditNote *self,
                            CptSeller *seller)
{
  g_return_if_fail (CPT_IS_CREDIT_NOTE (self));

  g_return_if_fail (seller != NULL);

  if (g_set_object (&self->seller, seller))
    g_object_notify_by_pspec (G_OBJECT (self), cpt_credit_note_properties[PROP_SELLER]);
}

gint64
cpt_credit_note_get_shipping_charge (CptCreditNote *self)
{
  g_return_val_if_fail (CPT_IS_CREDIT_NOTE (self), 0);

  return self->shipping_charge;
}

void
cpt_credit_note_set_shipping_charge (CptCreditNote *self,
                                     gint64 shipping_charge)
{
  g_return_if_fail (CPT_IS_CREDIT_NOTE (self));

  cpt_document_parts_set_int64 (G_OBJECT (self), &self->shipping_charge, shipping_charge,
                                cpt_credit_note_properties[PROP_SHIPPING_CHARGE]);
}

gint64
cpt_credit_note_get_shipping_tax_id (CptCreditNote *self)
{
  g_return_val_if_fail (CPT_IS_CREDIT_NOTE (self), 0);

  return self->shipping_tax_id;
}

void
cpt_credit_note_set_shipping_tax_id (CptCreditNote *self,
                                     gint64 shipping_tax_id)
{
  g_return_if_fail (CPT_IS_CREDIT_NOTE (self));

  cpt_document_parts_set_int64 (G_OBJECT (self), &self->shipping_tax_id, shipping_tax_id,
                                cpt_credit_note_properties[PROP_SHIPPING_TAX_ID]);
}

int
cpt_credit_note_get_shipping_tax_rate (CptCreditNote *self)
{
  g_return_val_if_fail (CPT_IS_CREDIT_NOTE (self), 0);

  return self->shipping_tax_rate;
}

void
cpt_credit_note_set_shipping_tax_rate (CptCreditNote *self,
                                       int shipping_tax_rate)
{
  g_return_if_fail (CPT_IS_CREDIT_NOTE (self));

  cpt_document_parts_set_int (G_OBJECT (self), &self->shipping_tax_rate, shipping_tax_rate,
                              cpt_credit_note_properties[PROP_SHIPPING_TAX_RATE]);
}

const char *
cpt_credit_note_get_shipping_tax_name (CptCreditNote *self)
{
  g_return_val_if_fail (CPT_IS_CREDIT_NOTE (self), NULL);

  return self->shipping_tax_name;
}

void
cpt_credit_note_set_shipping_tax_name (CptCreditNote *self,
                                       const char *shipping_tax_name)
{
  g_return_if_fail (CPT_IS_CREDIT_NOTE (self));

  cpt_document_parts_set_string (G_OBJECT (self), &self->shipping_tax_name, shipping_tax_name,
                                 cpt_credit_note_properties[PROP_SHIPPING_TAX_NAME]);
}

gint64
cpt_credit_note_get_adjustment (CptCreditNote *self)
{
  g_return_val_if_fail (CPT_IS_CREDIT_NOTE (self), 0);

  return self->adjustment;
}

void
cpt_credit_note_set_adjustment (CptCreditNote *self,
                                gint64 adjustment)
{
  g_return_if_fail (CPT_IS_CREDIT_NOTE (self));

  cpt_document_parts_set_int64 (G_OBJECT (self), &self->adjustment, adjustment,
                                cpt_credit_note_properties[PROP_ADJUSTMENT]);
}

const char *
cpt_credit_note_get_adjustment_description (CptCreditNote *self)
{
  g_return_val_if_fail (CPT_IS_CREDIT_NOTE (self), NULL);

  return self->adjustment_description;
}

void
cpt_credit_note_set_adjustment_description (CptCreditNote *self,
                                            const char *adjustment_description)
{
  g_return_if_fail (CPT_IS_CREDIT_NOTE (self));

  cpt_document_parts_set_string (G_OBJECT (self), &self->adjustment_description, adjustment_description,
                                 cpt_credit_note_properties[PROP_ADJUSTMENT_DESCRIPTION]);
}

const char *
cpt_credit_note_get_notes (CptCreditNote *self)
{
  g_return_val_if_fail (CPT_IS_CREDIT_NOTE (self), NULL);

  return self->notes;
}

void
cpt_credit_note_set_notes (CptCreditNote *self,
                           const char *notes)
{
  g_return_if_fail (CPT_IS_CREDIT_NOTE (self));

  cpt_document_parts_set_string (G_OBJECT (self), &self->notes, notes,
                                 cpt_credit_note_properties[PROP_NOTES]);
}

gint64
cpt_credit_note_get_sub_total (CptCreditNote *self)
{
  g_return_val_if_fail (CPT_IS_CREDIT_NOTE (self), 0);

  return self->sub_total;
}

void
cpt_credit_note_set_sub_total (CptCreditNote *self,
                               gint64 sub_total)
{
  g_return_if_fail (CPT_IS_CREDIT_NOTE (self));

  cpt_document_parts_set_int64 (G_OBJECT (self), &self->sub_total, sub_total,
                                cpt_credit_note_properties[PROP_SUB_TOTAL]);
}

gint64
cpt_credit_note_get_discount_total (CptCreditNote *self)
{
  g_return_val_if_fail (CPT_IS_CREDIT_NOTE (self), 0);

  return self->discount_total;
}

void
cpt_credit_note_set_discount_total (CptCreditNote *self,
                                    gint64 discount_total)
{
  g_return_if_fail (CPT_IS_CREDIT_NOTE (self));

  cpt_document_parts_set_int64 (G_OBJECT (self), &self->discount_total, discount_total,
                                cpt_credit_note_properties[PROP_DISCOUNT_TOTAL]);
}

gint64
cpt_credit_note_get_tax_total (CptCreditNote *self)
{
  g_return_val_if_fail (CPT_IS_CREDIT_NOTE (self), 0);

  return self->tax_total;
}

void
cpt_credit_note_set_tax_total (CptCreditNote *self,
                               gint64 tax_total)
{
  g_return_if_fail (CPT_IS_CREDIT_NOTE (self));

  cpt_document_parts_set_int64 (G_OBJECT (self), &self->tax_total, tax_total,
                                cpt_credit_note_properties[PROP_TAX_TOTAL]);
}

gint64
cpt_credit_note_get_total (CptCreditNote *self)
{
  g_return_val_if_fail (CPT_IS_CREDIT_NOTE (self), 0);

  return self->total;
}

void
cpt_credit_note_set_total (CptCreditNote *self,
                           gint64 total)
{
  g_return_if_fail (CPT_IS_CREDIT_NOTE (self));

  cpt_document_parts_set_int64 (G_OBJECT (self), &self->total, total,
                                cpt_credit_note_properties[PROP_TOTAL]);
}

GListModel *
cpt_credit_note_get_lines (CptCreditNote *self)
{
  g_return_val_if_fail (CPT_IS_CREDIT_NOTE (self), NULL);

  return G_LIST_MODEL (self->lines);
}

void
cpt_credit_note_add_line (CptCreditNote *self,
                          CptInvoiceLine *line)
{
  g_return_if_fail (CPT_IS_CREDIT_NOTE (self));

  g_list_store_append (self->lines, line);
}

GListModel *
cpt_credit_note_get_taxes (CptCreditNote *self)
{
  g_return_val_if_fail (CPT_IS_CREDIT_NOTE (self), NULL);

  return G_LIST_MODEL (self->taxes);
}

void
cpt_credit_note_add_taxe (CptCreditNote *self,
                          CptDocumentTax *taxe)
{
  g_return_if_fail (CPT_IS_CREDIT_NOTE (self));

  g_list_store_append (self->taxes, taxe);
}
