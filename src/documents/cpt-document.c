/* cpt-document.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-document"

#include "config.h"

#include "cpt-document.h"

#include <glib/gi18n.h>

#include "cpt-date.h"

struct _CptDocument
{
  GObject          parent_instance;

  CptDocumentKind  kind;
  char            *texts[CPT_DOCUMENT_N_TEXTS];
  char            *dates[CPT_DOCUMENT_N_DATES];  /* ISO 8601 */
  gint64           amounts[CPT_DOCUMENT_N_AMOUNTS];

  gboolean         sole_trader;
  gint64           share_capital;
  gboolean         vat_franchise;
  gboolean         vat_on_debits;
  gint32           late_penalty_rate;
  CptOperations    operations;
  GBytes          *logo;

  GPtrArray       *lines;  /* CptDocumentLine */
  GPtrArray       *vats;   /* CptDocumentVat */
};

G_DEFINE_FINAL_TYPE (CptDocument, cpt_document, G_TYPE_OBJECT)

static void
line_free (gpointer data)
{
  CptDocumentLine *line = data;

  g_free (line->reference);
  g_free (line->description);
  g_free (line->unit);
  g_free (line);
}

static void
vat_free (gpointer data)
{
  CptDocumentVat *tax = data;

  g_free (tax->mention);
  g_free (tax);
}

static void
cpt_document_finalize (GObject *object)
{
  CptDocument *self = CPT_DOCUMENT (object);

  for (guint i = 0; i < CPT_DOCUMENT_N_TEXTS; i++)
    g_free (self->texts[i]);
  for (guint i = 0; i < CPT_DOCUMENT_N_DATES; i++)
    g_free (self->dates[i]);
  g_clear_pointer (&self->logo, g_bytes_unref);
  g_clear_pointer (&self->lines, g_ptr_array_unref);
  g_clear_pointer (&self->vats, g_ptr_array_unref);

  G_OBJECT_CLASS (cpt_document_parent_class)->finalize (object);
}

static void
cpt_document_class_init (CptDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cpt_document_finalize;
}

static void
cpt_document_init (CptDocument *self)
{
  self->lines = g_ptr_array_new_with_free_func (line_free);
  self->vats = g_ptr_array_new_with_free_func (vat_free);
}

CptDocument *
cpt_document_new (CptDocumentKind kind)
{
  CptDocument *self;

  g_return_val_if_fail (kind <= CPT_DOCUMENT_KIND_DELIVERY_NOTE, NULL);

  self = g_object_new (CPT_TYPE_DOCUMENT, NULL);
  self->kind = kind;
  return self;
}

CptDocumentKind
cpt_document_get_kind (CptDocument *self)
{
  g_return_val_if_fail (CPT_IS_DOCUMENT (self), CPT_DOCUMENT_KIND_ORDER);

  return self->kind;
}

/* A delivery note travels with the parcel: it never shows a price. */
gboolean
cpt_document_has_prices (CptDocument *self)
{
  g_return_val_if_fail (CPT_IS_DOCUMENT (self), FALSE);

  return self->kind != CPT_DOCUMENT_KIND_DELIVERY_NOTE;
}

/* Under the franchise en base the seller charges no VAT and prints neither
 * a VAT column nor a VAT summary (CGI art. 293 B). */
gboolean
cpt_document_shows_vat (CptDocument *self)
{
  g_return_val_if_fail (CPT_IS_DOCUMENT (self), FALSE);

  return cpt_document_has_prices (self) && !self->vat_franchise;
}

const char *
cpt_document_get_text (CptDocument     *self,
                       CptDocumentText  field)
{
  g_return_val_if_fail (CPT_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (field < CPT_DOCUMENT_N_TEXTS, NULL);

  return self->texts[field];
}

void
cpt_document_set_text (CptDocument     *self,
                       CptDocumentText  field,
                       const char      *text)
{
  g_return_if_fail (CPT_IS_DOCUMENT (self));
  g_return_if_fail (field < CPT_DOCUMENT_N_TEXTS);

  /* Invalid UTF-8 must never reach pango: it would put the PDF surface
   * into an error state and the export would write an empty page. */
  g_free (self->texts[field]);
  self->texts[field] = text != NULL ? g_utf8_make_valid (text, -1) : NULL;
}

gboolean
cpt_document_has_text (CptDocument     *self,
                       CptDocumentText  field)
{
  const char *text = cpt_document_get_text (self, field);

  return text != NULL && *text != '\0';
}

static char *
normalise_address (const char *address)
{
  GString *out = g_string_new (NULL);
  g_auto(GStrv) lines = g_strsplit (address != NULL ? address : "", "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = g_utf8_casefold (g_strstrip (lines[i]), -1);

      if (*line == '\0')
        continue;
      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, line);
    }
  return g_string_free (out, FALSE);
}

/* The delivery address is printed only when it differs from the billing
 * address; a difference of case or blank lines is no difference. */
gboolean
cpt_document_has_distinct_delivery_address (CptDocument *self)
{
  g_autofree char *billing = NULL;
  g_autofree char *delivery = NULL;

  g_return_val_if_fail (CPT_IS_DOCUMENT (self), FALSE);

  if (!cpt_document_has_text (self, CPT_DOCUMENT_CUSTOMER_DELIVERY_ADDRESS))
    return FALSE;
  billing = normalise_address (self->texts[CPT_DOCUMENT_CUSTOMER_BILLING_ADDRESS]);
  delivery = normalise_address (self->texts[CPT_DOCUMENT_CUSTOMER_DELIVERY_ADDRESS]);
  return *delivery != '\0' && g_strcmp0 (billing, delivery) != 0;
}

/* Dates are ISO 8601 (`2026-11-28`), as the store keeps them. */
const char *
cpt_document_get_date (CptDocument     *self,
                       CptDocumentDate  field)
{
  g_return_val_if_fail (CPT_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (field < CPT_DOCUMENT_N_DATES, NULL);

  return self->dates[field];
}

/* An invalid date is dropped rather than printed. */
void
cpt_document_set_date (CptDocument     *self,
                       CptDocumentDate  field,
                       const char      *iso)
{
  g_return_if_fail (CPT_IS_DOCUMENT (self));
  g_return_if_fail (field < CPT_DOCUMENT_N_DATES);

  g_clear_pointer (&self->dates[field], g_free);
  if (iso != NULL && cpt_date_is_valid (iso))
    self->dates[field] = g_strdup (iso);
}

gint64
cpt_document_get_amount (CptDocument       *self,
                         CptDocumentAmount  field)
{
  g_return_val_if_fail (CPT_IS_DOCUMENT (self), 0);
  g_return_val_if_fail (field < CPT_DOCUMENT_N_AMOUNTS, 0);

  return self->amounts[field];
}

void
cpt_document_set_amount (CptDocument       *self,
                         CptDocumentAmount  field,
                         gint64             cents)
{
  g_return_if_fail (CPT_IS_DOCUMENT (self));
  g_return_if_fail (field < CPT_DOCUMENT_N_AMOUNTS);

  self->amounts[field] = cents;
}

/* Total incl. VAT minus the deposits already paid; saturates instead of
 * overflowing so that absurd input never crashes the renderer. */
gint64
cpt_document_get_amount_due (CptDocument *self)
{
  gint64 due;

  g_return_val_if_fail (CPT_IS_DOCUMENT (self), 0);

  if (__builtin_sub_overflow (self->amounts[CPT_DOCUMENT_AMOUNT_TOTAL],
                              self->amounts[CPT_DOCUMENT_AMOUNT_DEPOSITS], &due))
    return self->amounts[CPT_DOCUMENT_AMOUNT_DEPOSITS] > 0 ? G_MININT64 : G_MAXINT64;
  return due;
}

gboolean
cpt_document_get_sole_trader (CptDocument *self)
{
  g_return_val_if_fail (CPT_IS_DOCUMENT (self), FALSE);

  return self->sole_trader;
}

void
cpt_document_set_sole_trader (CptDocument *self,
                              gboolean     sole_trader)
{
  g_return_if_fail (CPT_IS_DOCUMENT (self));

  self->sole_trader = !!sole_trader;
}

gint64
cpt_document_get_share_capital (CptDocument *self)
{
  g_return_val_if_fail (CPT_IS_DOCUMENT (self), 0);

  return self->share_capital;
}

void
cpt_document_set_share_capital (CptDocument *self,
                                gint64       cents)
{
  g_return_if_fail (CPT_IS_DOCUMENT (self));

  self->share_capital = MAX (cents, 0);
}

gboolean
cpt_document_get_vat_franchise (CptDocument *self)
{
  g_return_val_if_fail (CPT_IS_DOCUMENT (self), FALSE);

  return self->vat_franchise;
}

void
cpt_document_set_vat_franchise (CptDocument *self,
                                gboolean     franchise)
{
  g_return_if_fail (CPT_IS_DOCUMENT (self));

  self->vat_franchise = !!franchise;
}

gboolean
cpt_document_get_vat_on_debits (CptDocument *self)
{
  g_return_val_if_fail (CPT_IS_DOCUMENT (self), FALSE);

  return self->vat_on_debits;
}

void
cpt_document_set_vat_on_debits (CptDocument *self,
                                gboolean     on_debits)
{
  g_return_if_fail (CPT_IS_DOCUMENT (self));

  self->vat_on_debits = !!on_debits;
}

gint32
cpt_document_get_late_penalty_rate (CptDocument *self)
{
  g_return_val_if_fail (CPT_IS_DOCUMENT (self), 0);

  return self->late_penalty_rate;
}

void
cpt_document_set_late_penalty_rate (CptDocument *self,
                                    gint32       basis_points)
{
  g_return_if_fail (CPT_IS_DOCUMENT (self));

  self->late_penalty_rate = MAX (basis_points, 0);
}

CptOperations
cpt_document_get_operations (CptDocument *self)
{
  g_return_val_if_fail (CPT_IS_DOCUMENT (self), CPT_OPERATIONS_UNSPECIFIED);

  return self->operations;
}

void
cpt_document_set_operations (CptDocument   *self,
                             CptOperations  operations)
{
  g_return_if_fail (CPT_IS_DOCUMENT (self));
  g_return_if_fail (operations <= CPT_OPERATIONS_MIXED);

  self->operations = operations;
}

GBytes *
cpt_document_get_logo (CptDocument *self)
{
  g_return_val_if_fail (CPT_IS_DOCUMENT (self), NULL);

  return self->logo;
}

void
cpt_document_set_logo (CptDocument *self,
                       GBytes      *png)
{
  g_return_if_fail (CPT_IS_DOCUMENT (self));

  if (png != NULL && g_bytes_get_size (png) == 0)
    png = NULL;
  if (png != NULL)
    g_bytes_ref (png);
  g_clear_pointer (&self->logo, g_bytes_unref);
  self->logo = png;
}

static char *
dup_valid_utf8 (const char *text)
{
  if (text == NULL)
    return NULL;
  return g_utf8_make_valid (text, -1);
}

void
cpt_document_add_line (CptDocument           *self,
                       const CptDocumentLine *line)
{
  CptDocumentLine *copy;

  g_return_if_fail (CPT_IS_DOCUMENT (self));
  g_return_if_fail (line != NULL);

  copy = g_new0 (CptDocumentLine, 1);
  *copy = *line;
  copy->reference = dup_valid_utf8 (line->reference);
  copy->description = dup_valid_utf8 (line->description);
  copy->unit = dup_valid_utf8 (line->unit);
  g_ptr_array_add (self->lines, copy);
}

guint
cpt_document_get_n_lines (CptDocument *self)
{
  g_return_val_if_fail (CPT_IS_DOCUMENT (self), 0);

  return self->lines->len;
}

const CptDocumentLine *
cpt_document_get_line (CptDocument *self,
                       guint        position)
{
  g_return_val_if_fail (CPT_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (position < self->lines->len, NULL);

  return g_ptr_array_index (self->lines, position);
}

/* The item reference of a line, when the loader finds it after the line
 * was added (orders and shipments keep the item, not its SKU). */
void
cpt_document_set_line_reference (CptDocument *self,
                                 guint        position,
                                 const char  *reference)
{
  CptDocumentLine *line;

  g_return_if_fail (CPT_IS_DOCUMENT (self));
  g_return_if_fail (position < self->lines->len);

  line = g_ptr_array_index (self->lines, position);
  g_free (line->reference);
  line->reference = (reference != NULL && *reference != '\0') ? dup_valid_utf8 (reference) : NULL;
}

void
cpt_document_add_vat (CptDocument *self,
                      gint32       rate,
                      gint64       base,
                      gint64       amount,
                      const char  *mention)
{
  CptDocumentVat *tax;

  g_return_if_fail (CPT_IS_DOCUMENT (self));

  tax = g_new0 (CptDocumentVat, 1);
  tax->rate = rate;
  tax->base = base;
  tax->amount = amount;
  tax->mention = (mention != NULL && *mention != '\0') ? dup_valid_utf8 (mention) : NULL;
  g_ptr_array_add (self->vats, tax);
}

guint
cpt_document_get_n_vats (CptDocument *self)
{
  g_return_val_if_fail (CPT_IS_DOCUMENT (self), 0);

  return self->vats->len;
}

const CptDocumentVat *
cpt_document_get_vat (CptDocument *self,
                      guint        position)
{
  g_return_val_if_fail (CPT_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (position < self->vats->len, NULL);

  return g_ptr_array_index (self->vats, position);
}

/* The word the law asks for at the top of each document. */
const char *
cpt_document_kind_get_title (CptDocumentKind kind)
{
  switch (kind)
    {
    case CPT_DOCUMENT_KIND_ORDER:
      return C_("document", "Purchase order");
    case CPT_DOCUMENT_KIND_INVOICE:
      return C_("document", "Invoice");
    case CPT_DOCUMENT_KIND_CREDIT_NOTE:
      return C_("document", "Credit note");
    case CPT_DOCUMENT_KIND_DELIVERY_NOTE:
      return C_("document", "Delivery note");
    default:
      return C_("document", "Document");
    }
}
