/* cpt-document-tax.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-document-tax"

#include "config.h"

#include "cpt-document-tax.h"

struct _CptDocumentTax
{
  GObject parent_instance;

  gint64 tax_id;
  char *name;
  int rate;
  char *category;
  char *legal_mention;
  gint64 base;
  gint64 amount;
};

/* g_set_str() is GLib 2.76; ours targets 2.74. */
static gboolean
g_set_str_compat (char       **field,
                  const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

G_DEFINE_FINAL_TYPE (CptDocumentTax, cpt_document_tax, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TAX_ID,
  PROP_NAME,
  PROP_RATE,
  PROP_CATEGORY,
  PROP_LEGAL_MENTION,
  PROP_BASE,
  PROP_AMOUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cpt_document_tax_finalize (GObject *object)
{
  CptDocumentTax *self = (CptDocumentTax *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->category, g_free);
  g_clear_pointer (&self->legal_mention, g_free);

  G_OBJECT_CLASS (cpt_document_tax_parent_class)->finalize (object);
}

static void
cpt_document_tax_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CptDocumentTax *self = CPT_DOCUMENT_TAX (object);

  switch (prop_id)
    {
    case PROP_TAX_ID:
      g_value_set_int64 (value, self->tax_id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_RATE:
      g_value_set_int (value, self->rate);
      break;

    case PROP_CATEGORY:
      g_value_set_string (value, self->category);
      break;

    case PROP_LEGAL_MENTION:
      g_value_set_string (value, self->legal_mention);
      break;

    case PROP_BASE:
      g_value_set_int64 (value, self->base);
      break;

    case PROP_AMOUNT:
      g_value_set_int64 (value, self->amount);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cpt_document_tax_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CptDocumentTax *self = CPT_DOCUMENT_TAX (object);

  switch (prop_id)
    {
    case PROP_TAX_ID:
      cpt_document_tax_set_tax_id (self, g_value_get_int64 (value));
      break;

    case PROP_NAME:
      cpt_document_tax_set_name (self, g_value_get_string (value));
      break;

    case PROP_RATE:
      cpt_document_tax_set_rate (self, g_value_get_int (value));
      break;

    case PROP_CATEGORY:
      cpt_document_tax_set_category (self, g_value_get_string (value));
      break;

    case PROP_LEGAL_MENTION:
      cpt_document_tax_set_legal_mention (self, g_value_get_string (value));
      break;

    case PROP_BASE:
      cpt_document_tax_set_base (self, g_value_get_int64 (value));
      break;

    case PROP_AMOUNT:
      cpt_document_tax_set_amount (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cpt_document_tax_class_init (CptDocumentTaxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cpt_document_tax_finalize;
  object_class->get_property = cpt_document_tax_get_property;
  object_class->set_property = cpt_document_tax_set_property;

  properties[PROP_TAX_ID] =
    g_param_spec_int64 ("tax-id", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RATE] =
    g_param_spec_int ("rate", NULL, NULL, G_MININT, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CATEGORY] =
    g_param_spec_string ("category", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LEGAL_MENTION] =
    g_param_spec_string ("legal-mention", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BASE] =
    g_param_spec_int64 ("base", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AMOUNT] =
    g_param_spec_int64 ("amount", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cpt_document_tax_init (CptDocumentTax *self)
{
}

CptDocumentTax *
cpt_document_tax_new (void)
{
  return g_object_new (CPT_TYPE_DOCUMENT_TAX, NULL);
}

gint64
cpt_document_tax_get_tax_id (CptDocumentTax *self)
{
  g_return_val_if_fail (CPT_IS_DOCUMENT_TAX (self), 0);

  return self->tax_id;
}

void
cpt_document_tax_set_tax_id (CptDocumentTax *self,
                             gint64 tax_id)
{
  g_return_if_fail (CPT_IS_DOCUMENT_TAX (self));

  if (self->tax_id == tax_id)
    return;
  self->tax_id = tax_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAX_ID]);
}

const char *
cpt_document_tax_get_name (CptDocumentTax *self)
{
  g_return_val_if_fail (CPT_IS_DOCUMENT_TAX (self), NULL);

  return self->name;
}

void
cpt_document_tax_set_name (CptDocumentTax *self,
                           const char *name)
{
  g_return_if_fail (CPT_IS_DOCUMENT_TAX (self));

  if (g_set_str_compat (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

int
cpt_document_tax_get_rate (CptDocumentTax *self)
{
  g_return_val_if_fail (CPT_IS_DOCUMENT_TAX (self), 0);

  return self->rate;
}

void
cpt_document_tax_set_rate (CptDocumentTax *self,
                           int rate)
{
  g_return_if_fail (CPT_IS_DOCUMENT_TAX (self));

  if (self->rate == rate)
    return;
  self->rate = rate;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATE]);
}

const char *
cpt_document_tax_get_category (CptDocumentTax *self)
{
  g_return_val_if_fail (CPT_IS_DOCUMENT_TAX (self), NULL);

  return self->category;
}

void
cpt_document_tax_set_category (CptDocumentTax *self,
                               const char *category)
{
  g_return_if_fail (CPT_IS_DOCUMENT_TAX (self));

  if (g_set_str_compat (&self->category, category))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY]);
}

const char *
cpt_document_tax_get_legal_mention (CptDocumentTax *self)
{
  g_return_val_if_fail (CPT_IS_DOCUMENT_TAX (self), NULL);

  return self->legal_mention;
}

void
cpt_document_tax_set_legal_mention (CptDocumentTax *self,
                                    const char *legal_mention)
{
  g_return_if_fail (CPT_IS_DOCUMENT_TAX (self));

  if (g_set_str_compat (&self->legal_mention, legal_mention))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEGAL_MENTION]);
}

gint64
cpt_document_tax_get_base (CptDocumentTax *self)
{
  g_return_val_if_fail (CPT_IS_DOCUMENT_TAX (self), 0);

  return self->base;
}

void
cpt_document_tax_set_base (CptDocumentTax *self,
                           gint64 base)
{
  g_return_if_fail (CPT_IS_DOCUMENT_TAX (self));

  if (self->base == base)
    return;
  self->base = base;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASE]);
}

gint64
cpt_document_tax_get_amount (CptDocumentTax *self)
{
  g_return_val_if_fail (CPT_IS_DOCUMENT_TAX (self), 0);

  return self->amount;
}

void
cpt_document_tax_set_amount (CptDocumentTax *self,
                             gint64 amount)
{
  g_return_if_fail (CPT_IS_DOCUMENT_TAX (self));

  if (self->amount == amount)
    return;
  self->amount = amount;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AMOUNT]);
}
