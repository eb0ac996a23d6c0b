/* cpt-seller.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-seller"

#include "config.h"

#include "cpt-seller.h"

struct _CptSeller
{
  GObject parent_instance;

  char *name;
  char *legal_form;
  gint64 share_capital;
  CptAddress *address;
  char *siren;
  char *siret;
  char *rcs_city;
  char *vat_number;
  char *vat_regime;
  gboolean vat_on_debits;
  char *operations;
  char *iban;
  char *bic;
  char *email;
  char *phone;
  int late_penalty_rate;
  char *footer;
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

G_DEFINE_FINAL_TYPE (CptSeller, cpt_seller, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_LEGAL_FORM,
  PROP_SHARE_CAPITAL,
  PROP_ADDRESS,
  PROP_SIREN,
  PROP_SIRET,
  PROP_RCS_CITY,
  PROP_VAT_NUMBER,
  PROP_VAT_REGIME,
  PROP_VAT_ON_DEBITS,
  PROP_OPERATIONS,
  PROP_IBAN,
  PROP_BIC,
  PROP_EMAIL,
  PROP_PHONE,
  PROP_LATE_PENALTY_RATE,
  PROP_FOOTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cpt_seller_finalize (GObject *object)
{
  CptSeller *self = (CptSeller *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->legal_form, g_free);
  g_clear_pointer (&self->address, cpt_address_free);
  g_clear_pointer (&self->siren, g_free);
  g_clear_pointer (&self->siret, g_free);
  g_clear_pointer (&self->rcs_city, g_free);
  g_clear_pointer (&self->vat_number, g_free);
  g_clear_pointer (&self->vat_regime, g_free);
  g_clear_pointer (&self->operations, g_free);
  g_clear_pointer (&self->iban, g_free);
  g_clear_pointer (&self->bic, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->footer, g_free);

  G_OBJECT_CLASS (cpt_seller_parent_class)->finalize (object);
}

static void
cpt_seller_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CptSeller *self = CPT_SELLER (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_LEGAL_FORM:
      g_value_set_string (value, self->legal_form);
      break;

    case PROP_SHARE_CAPITAL:
      g_value_set_int64 (value, self->share_capital);
      break;

    case PROP_ADDRESS:
      g_value_set_boxed (value, self->address);
      break;

    case PROP_SIREN:
      g_value_set_string (value, self->siren);
      break;

    case PROP_SIRET:
      g_value_set_string (value, self->siret);
      break;

    case PROP_RCS_CITY:
      g_value_set_string (value, self->rcs_city);
      break;

    case PROP_VAT_NUMBER:
      g_value_set_string (value, self->vat_number);
      break;

    case PROP_VAT_REGIME:
      g_value_set_string (value, self->vat_regime);
      break;

    case PROP_VAT_ON_DEBITS:
      g_value_set_boolean (value, self->vat_on_debits);
      break;

    case PROP_OPERATIONS:
      g_value_set_string (value, self->operations);
      break;

    case PROP_IBAN:
      g_value_set_string (value, self->iban);
      break;

    case PROP_BIC:
      g_value_set_string (value, self->bic);
      break;

    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;

    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;

    case PROP_LATE_PENALTY_RATE:
      g_value_set_int (value, self->late_penalty_rate);
      break;

    case PROP_FOOTER:
      g_value_set_string (value, self->footer);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cpt_seller_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  CptSeller *self = CPT_SELLER (object);

  switch (prop_id)
    {
    case PROP_NAME:
      cpt_seller_set_name (self, g_value_get_string (value));
      break;

    case PROP_LEGAL_FORM:
      cpt_seller_set_legal_form (self, g_value_get_string (value));
      break;

    case PROP_SHARE_CAPITAL:
      cpt_seller_set_share_capital (self, g_value_get_int64 (value));
      break;

    case PROP_ADDRESS:
      cpt_seller_set_address (self, g_value_get_boxed (value));
      break;

    case PROP_SIREN:
      cpt_seller_set_siren (self, g_value_get_string (value));
      break;

    case PROP_SIRET:
      cpt_seller_set_siret (self, g_value_get_string (value));
      break;

    case PROP_RCS_CITY:
      cpt_seller_set_rcs_city (self, g_value_get_string (value));
      break;

    case PROP_VAT_NUMBER:
      cpt_seller_set_vat_number (self, g_value_get_string (value));
      break;

    case PROP_VAT_REGIME:
      cpt_seller_set_vat_regime (self, g_value_get_string (value));
      break;

    case PROP_VAT_ON_DEBITS:
      cpt_seller_set_vat_on_debits (self, g_value_get_boolean (value));
      break;

    case PROP_OPERATIONS:
      cpt_seller_set_operations (self, g_value_get_string (value));
      break;

    case PROP_IBAN:
      cpt_seller_set_iban (self, g_value_get_string (value));
      break;

    case PROP_BIC:
      cpt_seller_set_bic (self, g_value_get_string (value));
      break;

    case PROP_EMAIL:
      cpt_seller_set_email (self, g_value_get_string (value));
      break;

    case PROP_PHONE:
      cpt_seller_set_phone (self, g_value_get_string (value));
      break;

    case PROP_LATE_PENALTY_RATE:
      cpt_seller_set_late_penalty_rate (self, g_value_get_int (value));
      break;

    case PROP_FOOTER:
      cpt_seller_set_footer (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cpt_seller_class_init (CptSellerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cpt_seller_finalize;
  object_class->get_property = cpt_seller_get_property;
  object_class->set_property = cpt_seller_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LEGAL_FORM] =
    g_param_spec_string ("legal-form", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHARE_CAPITAL] =
    g_param_spec_int64 ("share-capital", NULL, NULL, G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ADDRESS] =
    g_param_spec_boxed ("address", NULL, NULL, CPT_TYPE_ADDRESS,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SIREN] =
    g_param_spec_string ("siren", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SIRET] =
    g_param_spec_string ("siret", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RCS_CITY] =
    g_param_spec_string ("rcs-city", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VAT_NUMBER] =
    g_param_spec_string ("vat-number", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VAT_REGIME] =
    g_param_spec_string ("vat-regime", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VAT_ON_DEBITS] =
    g_param_spec_boolean ("vat-on-debits", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OPERATIONS] =
    g_param_spec_string ("operations", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_IBAN] =
    g_param_spec_string ("iban", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BIC] =
    g_param_spec_string ("bic", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LATE_PENALTY_RATE] =
    g_param_spec_int ("late-penalty-rate", NULL, NULL, G_MININT, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FOOTER] =
    g_param_spec_string ("footer", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cpt_seller_init (CptSeller *self)
{
  self->address = cpt_address_new ("", "", "", "", "France");
}

CptSeller *
cpt_seller_new (void)
{
  return g_object_new (CPT_TYPE_SELLER, NULL);
}

const char *
cpt_seller_get_name (CptSeller *self)
{
  g_return_val_if_fail (CPT_IS_SELLER (self), NULL);

  return self->name;
}

void
cpt_seller_set_name (CptSeller *self,
                     const char *name)
{
  g_return_if_fail (CPT_IS_SELLER (self));

  if (g_set_str_compat (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
cpt_seller_get_legal_form (CptSeller *self)
{
  g_return_val_if_fail (CPT_IS_SELLER (self), NULL);

  return self->legal_form;
}

void
cpt_seller_set_legal_form (CptSeller *self,
                           const char *legal_form)
{
  g_return_if_fail (CPT_IS_SELLER (self));

  if (g_set_str_compat (&self->legal_form, legal_form))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEGAL_FORM]);
}

gint64
cpt_seller_get_share_capital (CptSeller *self)
{
  g_return_val_if_fail (CPT_IS_SELLER (self), 0);

  return self->share_capital;
}

void
cpt_seller_set_share_capital (CptSeller *self,
                              gint64 share_capital)
{
  g_return_if_fail (CPT_IS_SELLER (self));

  if (self->share_capital == share_capital)
    return;
  self->share_capital = share_capital;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHARE_CAPITAL]);
}

const CptAddress *
cpt_seller_get_address (CptSeller *self)
{
  g_return_val_if_fail (CPT_IS_SELLER (self), NULL);

  return self->address;
}

void
cpt_seller_set_address (CptSeller *self,
                        const CptAddress *address)
{
  g_return_if_fail (CPT_IS_SELLER (self));

  if (address == NULL || cpt_address_equal (self->address, address))
    return;
  cpt_address_free (self->address);
  self->address = cpt_address_copy (address);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDRESS]);
}

const char *
cpt_seller_get_siren (CptSeller *self)
{
  g_return_val_if_fail (CPT_IS_SELLER (self), NULL);

  return self->siren;
}

void
cpt_seller_set_siren (CptSeller *self,
                      const char *siren)
{
  g_return_if_fail (CPT_IS_SELLER (self));

  if (g_set_str_compat (&self->siren, siren))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIREN]);
}

const char *
cpt_seller_get_siret (CptSeller *self)
{
  g_return_val_if_fail (CPT_IS_SELLER (self), NULL);

  return self->siret;
}

void
cpt_seller_set_siret (CptSeller *self,
                      const char *siret)
{
  g_return_if_fail (CPT_IS_SELLER (self));

  if (g_set_str_compat (&self->siret, siret))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIRET]);
}

const char *
cpt_seller_get_rcs_city (CptSeller *self)
{
  g_return_val_if_fail (CPT_IS_SELLER (self), NULL);

  return self->rcs_city;
}

void
cpt_seller_set_rcs_city (CptSeller *self,
                         const char *rcs_city)
{
  g_return_if_fail (CPT_IS_SELLER (self));

  if (g_set_str_compat (&self->rcs_city, rcs_city))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RCS_CITY]);
}

const char *
cpt_seller_get_vat_number (CptSeller *self)
{
  g_return_val_if_fail (CPT_IS_SELLER (self), NULL);

  return self->vat_number;
}

void
cpt_seller_set_vat_number (CptSeller *self,
                           const char *vat_number)
{
  g_return_if_fail (CPT_IS_SELLER (self));

  if (g_set_str_compat (&self->vat_number, vat_number))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VAT_NUMBER]);
}

const char *
cpt_seller_get_vat_regime (CptSeller *self)
{
  g_return_val_if_fail (CPT_IS_SELLER (self), NULL);

  return self->vat_regime;
}

void
cpt_seller_set_vat_regime (CptSeller *self,
                           const char *vat_regime)
{
  g_return_if_fail (CPT_IS_SELLER (self));

  if (g_set_str_compat (&self->vat_regime, vat_regime))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VAT_REGIME]);
}

gboolean
cpt_seller_get_vat_on_debits (CptSeller *self)
{
  g_return_val_if_fail (CPT_IS_SELLER (self), 0);

  return self->vat_on_debits;
}

void
cpt_seller_set_vat_on_debits (CptSeller *self,
                              gboolean vat_on_debits)
{
  g_return_if_fail (CPT_IS_SELLER (self));

  if (self->vat_on_debits == vat_on_debits)
    return;
  self->vat_on_debits = vat_on_debits;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VAT_ON_DEBITS]);
}

const char *
cpt_seller_get_operations (CptSeller *self)
{
  g_return_val_if_fail (CPT_IS_SELLER (self), NULL);

  return self->operations;
}

void
cpt_seller_set_operations (CptSeller *self,
                           const char *operations)
{
  g_return_if_fail (CPT_IS_SELLER (self));

  if (g_set_str_compat (&self->operations, operations))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPERATIONS]);
}

const char *
cpt_seller_get_iban (CptSeller *self)
{
  g_return_val_if_fail (CPT_IS_SELLER (self), NULL);

  return self->iban;
}

void
cpt_seller_set_iban (CptSeller *self,
                     const char *iban)
{
  g_return_if_fail (CPT_IS_SELLER (self));

  if (g_set_str_compat (&self->iban, iban))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IBAN]);
}

const char *
cpt_seller_get_bic (CptSeller *self)
{
  g_return_val_if_fail (CPT_IS_SELLER (self), NULL);

  return self->bic;
}

void
cpt_seller_set_bic (CptSeller *self,
                    const char *bic)
{
  g_return_if_fail (CPT_IS_SELLER (self));

  if (g_set_str_compat (&self->bic, bic))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BIC]);
}

const char *
cpt_seller_get_email (CptSeller *self)
{
  g_return_val_if_fail (CPT_IS_SELLER (self), NULL);

  return self->email;
}

void
cpt_seller_set_email (CptSeller *self,
                      const char *email)
{
  g_return_if_fail (CPT_IS_SELLER (self));

  if (g_set_str_compat (&self->email, email))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
}

const char *
cpt_seller_get_phone (CptSeller *self)
{
  g_return_val_if_fail (CPT_IS_SELLER (self), NULL);

  return self->phone;
}

void
cpt_seller_set_phone (CptSeller *self,
                      const char *phone)
{
  g_return_if_fail (CPT_IS_SELLER (self));

  if (g_set_str_compat (&self->phone, phone))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE]);
}

int
cpt_seller_get_late_penalty_rate (CptSeller *self)
{
  g_return_val_if_fail (CPT_IS_SELLER (self), 0);

  return self->late_penalty_rate;
}

void
cpt_seller_set_late_penalty_rate (CptSeller *self,
                                  int late_penalty_rate)
{
  g_return_if_fail (CPT_IS_SELLER (self));

  if (self->late_penalty_rate == late_penalty_rate)
    return;
  self->late_penalty_rate = late_penalty_rate;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LATE_PENALTY_RATE]);
}

const char *
cpt_seller_get_footer (CptSeller *self)
{
  g_return_val_if_fail (CPT_IS_SELLER (self), NULL);

  return self->footer;
}

void
cpt_seller_set_footer (CptSeller *self,
                       const char *footer)
{
  g_return_if_fail (CPT_IS_SELLER (self));

  if (g_set_str_compat (&self->footer, footer))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOOTER]);
}
