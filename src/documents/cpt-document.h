/* cpt-document.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What a printed business document says, independent of the database: the
 * builder fills it from the snapshots stored on an order, an invoice, a
 * credit note or a shipment; the renderer draws it. Amounts are cents,
 * quantities thousandths, rates basis points (ARCHITECTURE.md §7). */

typedef enum
{
  CPT_DOCUMENT_KIND_ORDER,         /* « Bon de commande » */
  CPT_DOCUMENT_KIND_INVOICE,       /* « Facture » */
  CPT_DOCUMENT_KIND_CREDIT_NOTE,   /* « Avoir », names the invoice it cancels */
  CPT_DOCUMENT_KIND_DELIVERY_NOTE, /* « Bon de livraison », without prices */
} CptDocumentKind;

/* Nature of the operations, one of the e-invoicing mentions. */
typedef enum
{
  CPT_OPERATIONS_UNSPECIFIED,
  CPT_OPERATIONS_GOODS,
  CPT_OPERATIONS_SERVICES,
  CPT_OPERATIONS_MIXED,
} CptOperations;

/* Every text of a document; NULL or "" means "not printed". Addresses
 * and notes may hold several lines separated by '\n'. */
typedef enum
{
  CPT_DOCUMENT_NUMBER,               /* NULL for a draft */
  CPT_DOCUMENT_ORDER_NUMBER,         /* the order an invoice or a shipment comes from */
  CPT_DOCUMENT_CANCELLED_NUMBER,     /* credit note: the invoice it cancels */
  CPT_DOCUMENT_CUSTOMER_REFERENCE,   /* the customer's purchase-order number */
  CPT_DOCUMENT_DELIVERY_METHOD,
  CPT_DOCUMENT_DELIVERY_TERMS,
  CPT_DOCUMENT_CARRIER,
  CPT_DOCUMENT_TRACKING_NUMBER,
  CPT_DOCUMENT_WAREHOUSE,
  CPT_DOCUMENT_SALESPERSON,
  CPT_DOCUMENT_PAYMENT_TERMS,        /* « 30 jours fin de mois » */
  CPT_DOCUMENT_EARLY_PAYMENT,        /* early-payment discount; NULL prints « Pas d'escompte… » */
  CPT_DOCUMENT_ADJUSTMENT_LABEL,
  CPT_DOCUMENT_NOTES,                /* notes for the customer */
  CPT_DOCUMENT_TERMS_AND_CONDITIONS,

  CPT_DOCUMENT_SELLER_NAME,
  CPT_DOCUMENT_SELLER_LEGAL_FORM,    /* « SARL »; NULL for an EI */
  CPT_DOCUMENT_SELLER_ADDRESS,       /* registered address */
  CPT_DOCUMENT_SELLER_SIREN,
  CPT_DOCUMENT_SELLER_SIRET,
  CPT_DOCUMENT_SELLER_RCS_CITY,
  CPT_DOCUMENT_SELLER_VAT_NUMBER,
  CPT_DOCUMENT_SELLER_EMAIL,
  CPT_DOCUMENT_SELLER_PHONE,
  CPT_DOCUMENT_SELLER_WEBSITE,
  CPT_DOCUMENT_SELLER_IBAN,
  CPT_DOCUMENT_SELLER_BIC,
  CPT_DOCUMENT_FOOTER,               /* document footer text from the settings */

  CPT_DOCUMENT_CUSTOMER_NAME,
  CPT_DOCUMENT_CUSTOMER_CONTACT,
  CPT_DOCUMENT_CUSTOMER_BILLING_ADDRESS,
  CPT_DOCUMENT_CUSTOMER_DELIVERY_ADDRESS, /* printed only when it differs */
  CPT_DOCUMENT_CUSTOMER_VAT_NUMBER,
  CPT_DOCUMENT_CUSTOMER_SIREN,

  CPT_DOCUMENT_N_TEXTS
} CptDocumentText;

typedef enum
{
  CPT_DOCUMENT_DATE_ISSUE,
  CPT_DOCUMENT_DATE_SALE,              /* sale or delivery date, printed when it differs */
  CPT_DOCUMENT_DATE_DUE,
  CPT_DOCUMENT_DATE_EXPECTED_DELIVERY, /* orders */
  CPT_DOCUMENT_DATE_CANCELLED_ISSUE,   /* credit note: issue date of the cancelled invoice */
  CPT_DOCUMENT_N_DATES
} CptDocumentDate;

/* Order-level amounts, in cents. The amount due is computed. */
typedef enum
{
  CPT_DOCUMENT_AMOUNT_SUBTOTAL,    /* Σ line amounts excl. VAT */
  CPT_DOCUMENT_AMOUNT_DISCOUNT,    /* order discount, positive */
  CPT_DOCUMENT_AMOUNT_SHIPPING,    /* excl. VAT */
  CPT_DOCUMENT_AMOUNT_TOTAL_EXCL,  /* Σ VAT bases */
  CPT_DOCUMENT_AMOUNT_TAX,         /* Σ VAT */
  CPT_DOCUMENT_AMOUNT_ADJUSTMENT,  /* signed, after VAT */
  CPT_DOCUMENT_AMOUNT_TOTAL,       /* incl. VAT */
  CPT_DOCUMENT_AMOUNT_DEPOSITS,    /* already paid */
  CPT_DOCUMENT_N_AMOUNTS
} CptDocumentAmount;

typedef struct
{
  char   *reference;   /* SKU, may be NULL */
  char   *description; /* may hold several lines */
  gint64  quantity;    /* thousandths */
  char   *unit;        /* may be NULL */
  gint64  unit_price;  /* cents excl. VAT */
  gint32  discount;    /* basis points */
  gint32  tax_rate;    /* basis points */
  gint64  amount;      /* cents excl. VAT, after the line discount */
} CptDocumentLine;

typedef struct
{
  gint32  rate;    /* basis points */
  gint64  base;    /* cents */
  gint64  amount;  /* cents */
  char   *mention; /* exemption or reverse-charge mention, or NULL */
} CptDocumentVat;

#define CPT_TYPE_DOCUMENT (cpt_document_get_type ())

G_DECLARE_FINAL_TYPE (CptDocument, cpt_document, CPT, DOCUMENT, GObject)

CptDocument           *cpt_document_new                  (CptDocumentKind     kind);
CptDocumentKind        cpt_document_get_kind             (CptDocument        *self);
gboolean               cpt_document_has_prices           (CptDocument        *self);
gboolean               cpt_document_shows_vat            (CptDocument        *self);

const char            *cpt_document_get_text             (CptDocument        *self,
                                                          CptDocumentText     field);
void                   cpt_document_set_text             (CptDocument        *self,
                                                          CptDocumentText     field,
                                                          const char         *text);
gboolean               cpt_document_has_text             (CptDocument        *self,
                                                          CptDocumentText     field);
gboolean               cpt_document_has_distinct_delivery_address
                                                         (CptDocument        *self);

const char            *cpt_document_get_date             (CptDocument        *self,
                                                          CptDocumentDate     field);
void                   cpt_document_set_date             (CptDocument        *self,
                                                          CptDocumentDate     field,
                                                          const char         *iso);

gint64                 cpt_document_get_amount           (CptDocument        *self,
                                                          CptDocumentAmount   field);
void                   cpt_document_set_amount           (CptDocument        *self,
                                                          CptDocumentAmount   field,
                                                          gint64              cents);
gint64                 cpt_document_get_amount_due       (CptDocument        *self);

gboolean               cpt_document_get_sole_trader      (CptDocument        *self);
void                   cpt_document_set_sole_trader      (CptDocument        *self,
                                                          gboolean            sole_trader);
gint64                 cpt_document_get_share_capital    (CptDocument        *self);
void                   cpt_document_set_share_capital    (CptDocument        *self,
                                                          gint64              cents);
gboolean               cpt_document_get_vat_franchise    (CptDocument        *self);
void                   cpt_document_set_vat_franchise    (CptDocument        *self,
                                                          gboolean            franchise);
gboolean               cpt_document_get_vat_on_debits    (CptDocument        *self);
void                   cpt_document_set_vat_on_debits    (CptDocument        *self,
                                                          gboolean            on_debits);
gint32                 cpt_document_get_late_penalty_rate(CptDocument        *self);
void                   cpt_document_set_late_penalty_rate(CptDocument        *self,
                                                          gint32              basis_points);
CptOperations          cpt_document_get_operations       (CptDocument        *self);
void                   cpt_document_set_operations       (CptDocument        *self,
                                                          CptOperations       operations);
GBytes                *cpt_document_get_logo             (CptDocument        *self);
void                   cpt_document_set_logo             (CptDocument        *self,
                                                          GBytes             *png);

void                   cpt_document_add_line             (CptDocument        *self,
                                                          const CptDocumentLine *line);
guint                  cpt_document_get_n_lines          (CptDocument        *self);
const CptDocumentLine *cpt_document_get_line             (CptDocument        *self,
                                                          guint               position);
void                   cpt_document_set_line_reference   (CptDocument        *self,
                                                          guint               position,
                                                          const char         *reference);

void                   cpt_document_add_vat              (CptDocument        *self,
                                                          gint32              rate,
                                                          gint64              base,
                                                          gint64              amount,
                                                          const char         *mention);
guint                  cpt_document_get_n_vats          (CptDocument        *self);
const CptDocumentVat  *cpt_document_get_vat              (CptDocument        *self,
                                                          guint               position);

const char            *cpt_document_kind_get_title       (CptDocumentKind     kind);

G_END_DECLS
