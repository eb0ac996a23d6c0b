/* cpt-tax.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-tax"

#include "config.h"

#include "cpt-tax.h"

struct _CptTax
{
  GObject parent_instance;

  gint64 id;
  char *name;
  int rate;
  char *category;
  char *legal_mention;
  gboolean active;
  gboolean is_default;
};

G_DEFINE_FINAL_TYPE (CptTax, cpt_tax, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_RATE,
  PROP_CATEGORY,
  PROP_LEGAL_MENTION,
  PROP_ACTIVE,
  PROP_IS_DEFAULT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cpt_tax_finalize (GObject *object)
{
  CptTax *self = CPT_TAX (object);

  g_free (self->name);
  g_free (self->category);
  g_free (self->legal_mention);

  G_OBJECT_CLASS (cpt_tax_parent_class)->finalize (object);
}

static void
cpt_tax_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  CptTax *self = CPT_TAX (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_RATE: g_value_set_int (value, self->rate); break;
    case PROP_CATEGORY: g_value_set_string (value, self->category); break;
    case PROP_LEGAL_MENTION: g_value_set_string (value, self->legal_mention); break;
    case PROP_ACTIVE: g_value_set_boolean (value, self->active); break;
    case PROP_IS_DEFAULT: g_value_set_boolean (value, self->is_default); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cpt_tax_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  CptTax *self = CPT_TAX (object);

  switch (prop_id)
    {
    case PROP_ID: cpt_tax_set_id (self, g_value_get_int64 (value)); break;
    case PROP_NAME: cpt_tax_set_name (self, g_value_get_string (value)); break;
    case PROP_RATE: cpt_tax_set_rate (self, g_value_get_int (value)); break;
    case PROP_CATEGORY: cpt_tax_set_category (self, g_value_get_string (value)); break;
    case PROP_LEGAL_MENTION: cpt_tax_set_legal_mention (self, g_value_get_string (value)); break;
    case PROP_ACTIVE: cpt_tax_set_active (self, g_value_get_boolean (value)); break;
    case PROP_IS_DEFAULT: cpt_tax_set_is_default (self, g_value_get_boolean (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cpt_tax_class_init (CptTaxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cpt_tax_finalize;
  object_class->get_property = cpt_tax_get_property;
  object_class->set_property = cpt_tax_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", rw);
  properties[PROP_RATE] = g_param_spec_int ("rate", NULL, NULL, 0, 10000, 0, rw);
  properties[PROP_CATEGORY] = g_param_spec_string ("category", NULL, NULL, "standard", rw);
  properties[PROP_LEGAL_MENTION] = g_param_spec_string ("legal-mention", NULL, NULL, "", rw);
  properties[PROP_ACTIVE] = g_param_spec_boolean ("active", NULL, NULL, TRUE, rw);
  properties[PROP_IS_DEFAULT] = g_param_spec_boolean ("is-default", NULL, NULL, FALSE, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cpt_tax_init (CptTax *self)
{
  self->name = g_strdup ("");
  self->category = g_strdup ("standard");
  self->legal_mention = g_strdup ("");
  self->active = TRUE;
}

CptTax *
cpt_tax_new (void)
{
  return g_object_new (CPT_TYPE_TAX, NULL);
}

CptTax *
cpt_tax_copy (CptTax *self)
{
  g_return_val_if_fail (CPT_IS_TAX (self), NULL);

  return g_object_new (CPT_TYPE_TAX,
                       "id", self->id,
                       "name", self->name,
                       "rate", self->rate,
                       "category", self->category,
                       "legal-mention", self->legal_mention,
                       "active", self->active,
                       "is-default", self->is_default,
                       NULL);
}

gint64
cpt_tax_get_id (CptTax *self)
{
  g_return_val_if_fail (CPT_IS_TAX (self), 0);

  return self->id;
}

void
cpt_tax_set_id (CptTax *self,
             gint64 value)
{
  g_return_if_fail (CPT_IS_TAX (self));

  if (self->id == value)
    return;
  self->id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
cpt_tax_get_name (CptTax *self)
{
  g_return_val_if_fail (CPT_IS_TAX (self), NULL);

  return self->name;
}

void
cpt_tax_set_name (CptTax *self,
             const char * value)
{
  g_return_if_fail (CPT_IS_TAX (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->name, value) == 0)
    return;
  g_free (self->name);
  self->name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

int
cpt_tax_get_rate (CptTax *self)
{
  g_return_val_if_fail (CPT_IS_TAX (self), 0);

  return self->rate;
}

void
cpt_tax_set_rate (CptTax *self,
             int value)
{
  g_return_if_fail (CPT_IS_TAX (self));

  if (self->rate == value)
    return;
  self->rate = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATE]);
}

const char *
cpt_tax_get_category (CptTax *self)
{
  g_return_val_if_fail (CPT_IS_TAX (self), NULL);

  return self->category;
}

void
cpt_tax_set_category (CptTax *self,
             const char * value)
{
  g_return_if_fail (CPT_IS_TAX (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->category, value) == 0)
    return;
  g_free (self->category);
  self->category = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY]);
}

const char *
cpt_tax_get_legal_mention (CptTax *self)
{
  g_return_val_if_fail (CPT_IS_TAX (self), NULL);

  return self->legal_mention;
}

void
cpt_tax_set_legal_mention (CptTax *self,
             const char * value)
{
  g_return_if_fail (CPT_IS_TAX (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->legal_mention, value) == 0)
    return;
  g_free (self->legal_mention);
  self->legal_mention = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEGAL_MENTION]);
}

gboolean
cpt_tax_get_active (CptTax *self)
{
  g_return_val_if_fail (CPT_IS_TAX (self), FALSE);

  return self->active;
}

void
cpt_tax_set_active (CptTax *self,
             gboolean value)
{
  g_return_if_fail (CPT_IS_TAX (self));

  value = !!value;
  if (self->active == value)
    return;
  self->active = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

gboolean
cpt_tax_get_is_default (CptTax *self)
{
  g_return_val_if_fail (CPT_IS_TAX (self), FALSE);

  return self->is_default;
}

void
cpt_tax_set_is_default (CptTax *self,
             gboolean value)
{
  g_return_if_fail (CPT_IS_TAX (self));

  value = !!value;
  if (self->is_default == value)
    return;
  self->is_default = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_DEFAULT]);
}
