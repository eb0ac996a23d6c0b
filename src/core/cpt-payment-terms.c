/* cpt-payment-terms.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-payment-terms"

#include "config.h"

#include "cpt-payment-terms.h"
#include "cpt-date.h"

struct _CptPaymentTerms
{
  GObject parent_instance;

  gint64 id;
  char *name;
  int days;
  gboolean end_of_month;
  gboolean active;
  gboolean is_default;
};

G_DEFINE_FINAL_TYPE (CptPaymentTerms, cpt_payment_terms, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_DAYS,
  PROP_END_OF_MONTH,
  PROP_ACTIVE,
  PROP_IS_DEFAULT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cpt_payment_terms_finalize (GObject *object)
{
  CptPaymentTerms *self = CPT_PAYMENT_TERMS (object);

  g_free (self->name);

  G_OBJECT_CLASS (cpt_payment_terms_parent_class)->finalize (object);
}

static void
cpt_payment_terms_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CptPaymentTerms *self = CPT_PAYMENT_TERMS (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_DAYS: g_value_set_int (value, self->days); break;
    case PROP_END_OF_MONTH: g_value_set_boolean (value, self->end_of_month); break;
    case PROP_ACTIVE: g_value_set_boolean (value, self->active); break;
    case PROP_IS_DEFAULT: g_value_set_boolean (value, self->is_default); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cpt_payment_terms_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CptPaymentTerms *self = CPT_PAYMENT_TERMS (object);

  switch (prop_id)
    {
    case PROP_ID: cpt_payment_terms_set_id (self, g_value_get_int64 (value)); break;
    case PROP_NAME: cpt_payment_terms_set_name (self, g_value_get_string (value)); break;
    case PROP_DAYS: cpt_payment_terms_set_days (self, g_value_get_int (value)); break;
    case PROP_END_OF_MONTH: cpt_payment_terms_set_end_of_month (self, g_value_get_boolean (value)); break;
    case PROP_ACTIVE: cpt_payment_terms_set_active (self, g_value_get_boolean (value)); break;
    case PROP_IS_DEFAULT: cpt_payment_terms_set_is_default (self, g_value_get_boolean (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cpt_payment_terms_class_init (CptPaymentTermsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cpt_payment_terms_finalize;
  object_class->get_property = cpt_payment_terms_get_property;
  object_class->set_property = cpt_payment_terms_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", rw);
  properties[PROP_DAYS] = g_param_spec_int ("days", NULL, NULL, 0, 3650, 0, rw);
  properties[PROP_END_OF_MONTH] = g_param_spec_boolean ("end-of-month", NULL, NULL, FALSE, rw);
  properties[PROP_ACTIVE] = g_param_spec_boolean ("active", NULL, NULL, TRUE, rw);
  properties[PROP_IS_DEFAULT] = g_param_spec_boolean ("is-default", NULL, NULL, FALSE, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cpt_payment_terms_init (CptPaymentTerms *self)
{
  self->name = g_strdup ("");
  self->active = TRUE;
}

CptPaymentTerms *
cpt_payment_terms_new (void)
{
  return g_object_new (CPT_TYPE_PAYMENT_TERMS, NULL);
}

CptPaymentTerms *
cpt_payment_terms_copy (CptPaymentTerms *self)
{
  g_return_val_if_fail (CPT_IS_PAYMENT_TERMS (self), NULL);

  return g_object_new (CPT_TYPE_PAYMENT_TERMS,
                       "id", self->id,
                       "name", self->name,
                       "days", self->days,
                       "end-of-month", self->end_of_month,
                       "active", self->active,
                       "is-default", self->is_default,
                       NULL);
}

gint64
cpt_payment_terms_get_id (CptPaymentTerms *self)
{
  g_return_val_if_fail (CPT_IS_PAYMENT_TERMS (self), 0);

  return self->id;
}

void
cpt_payment_terms_set_id (CptPaymentTerms *self,
                       gint64 value)
{
  g_return_if_fail (CPT_IS_PAYMENT_TERMS (self));

  if (self->id == value)
    return;
  self->id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
cpt_payment_terms_get_name (CptPaymentTerms *self)
{
  g_return_val_if_fail (CPT_IS_PAYMENT_TERMS (self), NULL);

  return self->name;
}

void
cpt_payment_terms_set_name (CptPaymentTerms *self,
                       const char * value)
{
  g_return_if_fail (CPT_IS_PAYMENT_TERMS (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->name, value) == 0)
    return;
  g_free (self->name);
  self->name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

int
cpt_payment_terms_get_days (CptPaymentTerms *self)
{
  g_return_val_if_fail (CPT_IS_PAYMENT_TERMS (self), 0);

  return self->days;
}

void
cpt_payment_terms_set_days (CptPaymentTerms *self,
                       int value)
{
  g_return_if_fail (CPT_IS_PAYMENT_TERMS (self));

  if (self->days == value)
    return;
  self->days = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DAYS]);
}

gboolean
cpt_payment_terms_get_end_of_month (CptPaymentTerms *self)
{
  g_return_val_if_fail (CPT_IS_PAYMENT_TERMS (self), FALSE);

  return self->end_of_month;
}

void
cpt_payment_terms_set_end_of_month (CptPaymentTerms *self,
                       gboolean value)
{
  g_return_if_fail (CPT_IS_PAYMENT_TERMS (self));

  value = !!value;
  if (self->end_of_month == value)
    return;
  self->end_of_month = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_OF_MONTH]);
}

gboolean
cpt_payment_terms_get_active (CptPaymentTerms *self)
{
  g_return_val_if_fail (CPT_IS_PAYMENT_TERMS (self), FALSE);

  return self->active;
}

void
cpt_payment_terms_set_active (CptPaymentTerms *self,
                       gboolean value)
{
  g_return_if_fail (CPT_IS_PAYMENT_TERMS (self));

  value = !!value;
  if (self->active == value)
    return;
  self->active = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

gboolean
cpt_payment_terms_get_is_default (CptPaymentTerms *self)
{
  g_return_val_if_fail (CPT_IS_PAYMENT_TERMS (self), FALSE);

  return self->is_default;
}

void
cpt_payment_terms_set_is_default (CptPaymentTerms *self,
                       gboolean value)
{
  g_return_if_fail (CPT_IS_PAYMENT_TERMS (self));

  value = !!value;
  if (self->is_default == value)
    return;
  self->is_default = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_DEFAULT]);
}

/* French law (Code de commerce L441-10): at most 60 days from the invoice
 * date, or 45 days end of month. The settings warn, they do not refuse. */
gboolean
cpt_payment_terms_exceeds_legal_limit (CptPaymentTerms *self)
{
  g_return_val_if_fail (CPT_IS_PAYMENT_TERMS (self), FALSE);

  return !cpt_date_payment_term_is_legal (self->days, self->end_of_month);
}

/* The due date of a document dated @date_iso, or NULL for a bad date. */
char *
cpt_payment_terms_dup_due_date (CptPaymentTerms *self,
                                const char      *date_iso)
{
  g_return_val_if_fail (CPT_IS_PAYMENT_TERMS (self), NULL);

  return cpt_date_due (date_iso, self->days, self->end_of_month);
}
