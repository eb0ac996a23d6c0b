/* cpt-invoice-body.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-invoice"

#include "config.h"

#include "cpt-invoice-private.h"

const CptAddress *
cpt_invoice_get_billing_address (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), NULL);

  return self->billing_address;
}

void
cpt_invoice_set_billing_address (CptInvoice *self,
                                 const CptAddress *billing_address)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  cpt_document_parts_set_address (G_OBJECT (self), &self->billing_address, billing_address,
                                  cpt_invoice_properties[PROP_BILLING_ADDRESS]);
}

const CptAddress *
cpt_invoice_get_shipping_address (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), NULL);

  return self->shipping_address;
}

void
cpt_invoice_set_shipping_address (CptInvoice *self,
                                  const CptAddress *shipping_address)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  cpt_document_parts_set_address (G_OBJECT (self), &self->shipping_address, shipping_address,
                                  cpt_invoice_properties[PROP_SHIPPING_ADDRESS]);
}

CptSeller *
cpt_invoice_get_seller (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), NULL);

  return self->seller;
}

void
cpt_invoice_set_seller (CptInvoice *self,
                        CptSeller *seller)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  g_return_if_fail (seller != NULL);

  if (g_set_object (&self->seller, seller))
    g_object_notify_by_pspec (G_OBJECT (self), cpt_invoice_properties[PROP_SELLER]);
}

int
cpt_invoice_get_discount_kind (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), 0);

  return self->discount_kind;
}

void
cpt_invoice_set_discount_kind (CptInvoice *self,
                               int discount_kind)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  cpt_document_parts_set_int (G_OBJECT (self), &self->discount_kind, discount_kind,
                              cpt_invoice_properties[PROP_DISCOUNT_KIND]);
}

gint64
cpt_invoice_get_discount_value (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), 0);

  return self->discount_value;
}

void
cpt_invoice_set_discount_value (CptInvoice *self,
                                gint64 discount_value)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  cpt_document_parts_set_int64 (G_OBJECT (self), &self->discount_value, discount_value,
                                cpt_invoice_properties[PROP_DISCOUNT_VALUE]);
}

gint64
cpt_invoice_get_shipping_charge (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), 0);

  return self->shipping_charge;
}

void
cpt_invoice_set_shipping_charge (CptInvoice *self,
                                 gint64 shipping_charge)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  cpt_document_parts_set_int64 (G_OBJECT (self), &self->shipping_charge, shipping_charge,
                                cpt_invoice_properties[PROP_SHIPPING_CHARGE]);
}

gint64
cpt_invoice_get_shipping_tax_id (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), 0);

  return self->shipping_tax_id;
}

void
cpt_invoice_set_shipping_tax_id (CptInvoice *self,
                                 gint64 shipping_tax_id)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  cpt_document_parts_set_int64 (G_OBJECT (self), &self->shipping_tax_id, shipping_tax_id,
                                cpt_invoice_properties[PROP_SHIPPING_TAX_ID]);
}

int
cpt_invoice_get_shipping_tax_rate (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), 0);

  return self->shipping_tax_rate;
}

void
cpt_invoice_set_shipping_tax_rate (CptInvoice *self,
                                   int shipping_tax_rate)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  cpt_document_parts_set_int (G_OBJECT (self), &self->shipping_tax_rate, shipping_tax_rate,
                              cpt_invoice_properties[PROP_SHIPPING_TAX_RATE]);
}

const char *
cpt_invoice_get_shipping_tax_name (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), NULL);

  return self->shipping_tax_name;
}

void
cpt_invoice_set_shipping_tax_name (CptInvoice *self,
                                   const char *shipping_tax_name)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  cpt_document_parts_set_string (G_OBJECT (self), &self->shipping_tax_name, shipping_tax_name,
                                 cpt_invoice_properties[PROP_SHIPPING_TAX_NAME]);
}

gint64
cpt_invoice_get_adjustment (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), 0);

  return self->adjustment;
}

void
cpt_invoice_set_adjustment (CptInvoice *self,
                            gint64 adjustment)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  cpt_document_parts_set_int64 (G_OBJECT (self), &self->adjustment, adjustment,
                                cpt_invoice_properties[PROP_ADJUSTMENT]);
}

const char *
cpt_invoice_get_adjustment_description (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), NULL);

  return self->adjustment_description;
}

void
cpt_invoice_set_adjustment_description (CptInvoice *self,
                                        const char *adjustment_description)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  cpt_document_parts_set_string (G_OBJECT (self), &self->adjustment_description, adjustment_description,
                                 cpt_invoice_properties[PROP_ADJUSTMENT_DESCRIPTION]);
}

const char *
cpt_invoice_get_notes (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), NULL);

  return self->notes;
}

void
cpt_invoice_set_notes (CptInvoice *self,
                       const char *notes)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  cpt_document_parts_set_string (G_OBJECT (self), &self->notes, notes,
                                 cpt_invoice_properties[PROP_NOTES]);
}

const char *
cpt_invoice_get_terms (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), NULL);

  return self->terms;
}

void
cpt_invoice_set_terms (CptInvoice *self,
                       const char *terms)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  cpt_document_parts_set_string (G_OBJECT (self), &self->terms, terms,
                                 cpt_invoice_properties[PROP_TERMS]);
}

gint64
cpt_invoice_get_sub_total (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), 0);

  return self->sub_total;
}

void
cpt_invoice_set_sub_total (CptInvoice *self,
                           gint64 sub_total)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  cpt_document_parts_set_int64 (G_OBJECT (self), &self->sub_total, sub_total,
                                cpt_invoice_properties[PROP_SUB_TOTAL]);
}

gint64
cpt_invoice_get_discount_total (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), 0);

  return self->discount_total;
}

void
cpt_invoice_set_discount_total (CptInvoice *self,
                                gint64 discount_total)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  cpt_document_parts_set_int64 (G_OBJECT (self), &self->discount_total, discount_total,
                                cpt_invoice_properties[PROP_DISCOUNT_TOTAL]);
}

gint64
cpt_invoice_get_tax_total (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), 0);

  return self->tax_total;
}

void
cpt_invoice_set_tax_total (CptInvoice *self,
                           gint64 tax_total)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  cpt_document_parts_set_int64 (G_OBJECT (self), &self->tax_total, tax_total,
                                cpt_invoice_properties[PROP_TAX_TOTAL]);
}

gint64
cpt_invoice_get_total (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), 0);

  return self->total;
}

void
cpt_invoice_set_total (CptInvoice *self,
                       gint64 total)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  cpt_document_parts_set_int64 (G_OBJECT (self), &self->total, total,
                                cpt_invoice_properties[PROP_TOTAL]);
}

GListModel *
cpt_invoice_get_lines (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), NULL);

  return G_LIST_MODEL (self->lines);
}

void
cpt_invoice_add_line (CptInvoice *self,
                      CptInvoiceLine *line)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  g_list_store_append (self->lines, line);
}

GListModel *
cpt_invoice_get_taxes (CptInvoice *self)
{
  g_return_val_if_fail (CPT_IS_INVOICE (self), NULL);

  return G_LIST_MODEL (self->taxes);
}

void
cpt_invoice_add_taxe (CptInvoice *self,
                      CptDocumentTax *taxe)
{
  g_return_if_fail (CPT_IS_INVOICE (self));

  g_list_store_append (self->taxes, taxe);
}
