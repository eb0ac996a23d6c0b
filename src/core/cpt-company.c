/* cpt-company.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-company"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "cpt-company.h"
#include "cpt-error.h"

struct _CptCompany
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
  char *website;
  int late_penalty_rate;
  char *footer;
  GBytes *logo;
};

G_DEFINE_FINAL_TYPE (CptCompany, cpt_company, G_TYPE_OBJECT)

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
  PROP_WEBSITE,
  PROP_LATE_PENALTY_RATE,
  PROP_FOOTER,
  PROP_LOGO,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cpt_company_finalize (GObject *object)
{
  CptCompany *self = CPT_COMPANY (object);

  g_free (self->name);
  g_free (self->legal_form);
  cpt_address_free (self->address);
  g_free (self->siren);
  g_free (self->siret);
  g_free (self->rcs_city);
  g_free (self->vat_number);
  g_free (self->vat_regime);
  g_free (self->operations);
  g_free (self->iban);
  g_free (self->bic);
  g_free (self->email);
  g_free (self->phone);
  g_free (self->website);
  g_free (self->footer);
  g_clear_pointer (&self->logo, g_bytes_unref);

  G_OBJECT_CLASS (cpt_company_parent_class)->finalize (object);
}

static void
cpt_company_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CptCompany *self = CPT_COMPANY (object);

  switch (prop_id)
    {
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_LEGAL_FORM: g_value_set_string (value, self->legal_form); break;
    case PROP_SHARE_CAPITAL: g_value_set_int64 (value, self->share_capital); break;
    case PROP_ADDRESS: g_value_set_boxed (value, self->address); break;
    case PROP_SIREN: g_value_set_string (value, self->siren); break;
    case PROP_SIRET: g_value_set_string (value, self->siret); break;
    case PROP_RCS_CITY: g_value_set_string (value, self->rcs_city); break;
    case PROP_VAT_NUMBER: g_value_set_string (value, self->vat_number); break;
    case PROP_VAT_REGIME: g_value_set_string (value, self->vat_regime); break;
    case PROP_VAT_ON_DEBITS: g_value_set_boolean (value, self->vat_on_debits); break;
    case PROP_OPERATIONS: g_value_set_string (value, self->operations); break;
    case PROP_IBAN: g_value_set_string (value, self->iban); break;
    case PROP_BIC: g_value_set_string (value, self->bic); break;
    case PROP_EMAIL: g_value_set_string (value, self->email); break;
    case PROP_PHONE: g_value_set_string (value, self->phone); break;
    case PROP_WEBSITE: g_value_set_string (value, self->website); break;
    case PROP_LATE_PENALTY_RATE: g_value_set_int (value, self->late_penalty_rate); break;
    case PROP_FOOTER: g_value_set_string (value, self->footer); break;
    case PROP_LOGO: g_value_set_boxed (value, self->logo); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cpt_company_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  CptCompany *self = CPT_COMPANY (object);

  switch (prop_id)
    {
    case PROP_NAME: cpt_company_set_name (self, g_value_get_string (value)); break;
    case PROP_LEGAL_FORM: cpt_company_set_legal_form (self, g_value_get_string (value)); break;
    case PROP_SHARE_CAPITAL: cpt_company_set_share_capital (self, g_value_get_int64 (value)); break;
    case PROP_ADDRESS: cpt_company_set_address (self, g_value_get_boxed (value)); break;
    case PROP_SIREN: cpt_company_set_siren (self, g_value_get_string (value)); break;
    case PROP_SIRET: cpt_company_set_siret (self, g_value_get_string (value)); break;
    case PROP_RCS_CITY: cpt_company_set_rcs_city (self, g_value_get_string (value)); break;
    case PROP_VAT_NUMBER: cpt_company_set_vat_number (self, g_value_get_string (value)); break;
    case PROP_VAT_REGIME: cpt_company_set_vat_regime (self, g_value_get_string (value)); break;
    case PROP_VAT_ON_DEBITS: cpt_company_set_vat_on_debits (self, g_value_get_boolean (value)); break;
    case PROP_OPERATIONS: cpt_company_set_operations (self, g_value_get_string (value)); break;
    case PROP_IBAN: cpt_company_set_iban (self, g_value_get_string (value)); break;
    case PROP_BIC: cpt_company_set_bic (self, g_value_get_string (value)); break;
    case PROP_EMAIL: cpt_company_set_email (self, g_value_get_string (value)); break;
    case PROP_PHONE: cpt_company_set_phone (self, g_value_get_string (value)); break;
    case PROP_WEBSITE: cpt_company_set_website (self, g_value_get_string (value)); break;
    case PROP_LATE_PENALTY_RATE: cpt_company_set_late_penalty_rate (self, g_value_get_int (value)); break;
    case PROP_FOOTER: cpt_company_set_footer (self, g_value_get_string (value)); break;
    case PROP_LOGO: cpt_company_set_logo (self, g_value_get_boxed (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cpt_company_class_init (CptCompanyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cpt_company_finalize;
  object_class->get_property = cpt_company_get_property;
  object_class->set_property = cpt_company_set_property;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", rw);
  properties[PROP_LEGAL_FORM] = g_param_spec_string ("legal-form", NULL, NULL, "", rw);
  properties[PROP_SHARE_CAPITAL] = g_param_spec_int64 ("share-capital", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_ADDRESS] = g_param_spec_boxed ("address", NULL, NULL, CPT_TYPE_ADDRESS, rw);
  properties[PROP_SIREN] = g_param_spec_string ("siren", NULL, NULL, "", rw);
  properties[PROP_SIRET] = g_param_spec_string ("siret", NULL, NULL, "", rw);
  properties[PROP_RCS_CITY] = g_param_spec_string ("rcs-city", NULL, NULL, "", rw);
  properties[PROP_VAT_NUMBER] = g_param_spec_string ("vat-number", NULL, NULL, "", rw);
  properties[PROP_VAT_REGIME] = g_param_spec_string ("vat-regime", NULL, NULL, "normal", rw);
  properties[PROP_VAT_ON_DEBITS] = g_param_spec_boolean ("vat-on-debits", NULL, NULL, FALSE, rw);
  properties[PROP_OPERATIONS] = g_param_spec_string ("operations", NULL, NULL, "goods", rw);
  properties[PROP_IBAN] = g_param_spec_string ("iban", NULL, NULL, "", rw);
  properties[PROP_BIC] = g_param_spec_string ("bic", NULL, NULL, "", rw);
  properties[PROP_EMAIL] = g_param_spec_string ("email", NULL, NULL, "", rw);
  properties[PROP_PHONE] = g_param_spec_string ("phone", NULL, NULL, "", rw);
  properties[PROP_WEBSITE] = g_param_spec_string ("website", NULL, NULL, "", rw);
  properties[PROP_LATE_PENALTY_RATE] = g_param_spec_int ("late-penalty-rate", NULL, NULL, 0, 100000, 0, rw);
  properties[PROP_FOOTER] = g_param_spec_string ("footer", NULL, NULL, "", rw);
  properties[PROP_LOGO] = g_param_spec_boxed ("logo", NULL, NULL, G_TYPE_BYTES, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cpt_company_init (CptCompany *self)
{
  self->name = g_strdup ("");
  self->legal_form = g_strdup ("");
  self->address = cpt_address_new (NULL, NULL, NULL, NULL, "France");
  self->siren = g_strdup ("");
  self->siret = g_strdup ("");
  self->rcs_city = g_strdup ("");
  self->vat_number = g_strdup ("");
  self->vat_regime = g_strdup ("normal");
  self->operations = g_strdup ("goods");
  self->iban = g_strdup ("");
  self->bic = g_strdup ("");
  self->email = g_strdup ("");
  self->phone = g_strdup ("");
  self->website = g_strdup ("");
  self->footer = g_strdup ("");
}

CptCompany *
cpt_company_new (void)
{
  return g_object_new (CPT_TYPE_COMPANY, NULL);
}

CptCompany *
cpt_company_copy (CptCompany *self)
{
  g_return_val_if_fail (CPT_IS_COMPANY (self), NULL);

  return g_object_new (CPT_TYPE_COMPANY,
                       "name", self->name,
                       "legal-form", self->legal_form,
                       "share-capital", self->share_capital,
                       "address", self->address,
                       "siren", self->siren,
                       "siret", self->siret,
                       "rcs-city", self->rcs_city,
                       "vat-number", self->vat_number,
                       "vat-regime", self->vat_regime,
                       "vat-on-debits", self->vat_on_debits,
                       "operations", self->operations,
                       "iban", self->iban,
                       "bic", self->bic,
                       "email", self->email,
                       "phone", self->phone,
                       "website", self->website,
                       "late-penalty-rate", self->late_penalty_rate,
                       "footer", self->footer,
                       "logo", self->logo,
                       NULL);
}

const char *
cpt_company_get_name (CptCompany *self)
{
  g_return_val_if_fail (CPT_IS_COMPANY (self), NULL);

  return self->name;
}

void
cpt_company_set_name (CptCompany *self,
                 const char * value)
{
  g_return_if_fail (CPT_IS_COMPANY (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->name, value) == 0)
    return;
  g_free (self->name);
  self->name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
cpt_company_get_legal_form (CptCompany *self)
{
  g_return_val_if_fail (CPT_IS_COMPANY (self), NULL);

  return self->legal_form;
}

void
cpt_company_set_legal_form (CptCompany *self,
                 const char * value)
{
  g_return_if_fail (CPT_IS_COMPANY (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->legal_form, value) == 0)
    return;
  g_free (self->legal_form);
  self->legal_form = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEGAL_FORM]);
}

gint64
cpt_company_get_share_capital (CptCompany *self)
{
  g_return_val_if_fail (CPT_IS_COMPANY (self), 0);

  return self->share_capital;
}

void
cpt_company_set_share_capital (CptCompany *self,
                 gint64 value)
{
  g_return_if_fail (CPT_IS_COMPANY (self));

  if (self->share_capital == value)
    return;
  self->share_capital = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHARE_CAPITAL]);
}

const CptAddress *
cpt_company_get_address (CptCompany *self)
{
  g_return_val_if_fail (CPT_IS_COMPANY (self), NULL);

  return self->address;
}

void
cpt_company_set_address (CptCompany *self,
                 const CptAddress * value)
{
  g_return_if_fail (CPT_IS_COMPANY (self));

  static const CptAddress empty = { 0 };

  if (value == NULL)
    value = &empty;
  if (cpt_address_equal (self->address, value) &&
      g_strcmp0 (self->address->country, value->country ? value->country : "") == 0)
    return;
  cpt_address_set (self->address, value->street, value->street2, value->postcode, value->city,
                   value->country);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDRESS]);
}

const char *
cpt_company_get_siren (CptCompany *self)
{
  g_return_val_if_fail (CPT_IS_COMPANY (self), NULL);

  return self->siren;
}

void
cpt_company_set_siren (CptCompany *self,
                 const char * value)
{
  g_return_if_fail (CPT_IS_COMPANY (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->siren, value) == 0)
    return;
  g_free (self->siren);
  self->siren = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIREN]);
}

const char *
cpt_company_get_siret (CptCompany *self)
{
  g_return_val_if_fail (CPT_IS_COMPANY (self), NULL);

  return self->siret;
}

void
cpt_company_set_siret (CptCompany *self,
                 const char * value)
{
  g_return_if_fail (CPT_IS_COMPANY (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->siret, value) == 0)
    return;
  g_free (self->siret);
  self->siret = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIRET]);
}

const char *
cpt_company_get_rcs_city (CptCompany *self)
{
  g_return_val_if_fail (CPT_IS_COMPANY (self), NULL);

  return self->rcs_city;
}

void
cpt_company_set_rcs_city (CptCompany *self,
                 const char * value)
{
  g_return_if_fail (CPT_IS_COMPANY (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->rcs_city, value) == 0)
    return;
  g_free (self->rcs_city);
  self->rcs_city = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RCS_CITY]);
}

const char *
cpt_company_get_vat_number (CptCompany *self)
{
  g_return_val_if_fail (CPT_IS_COMPANY (self), NULL);

  return self->vat_number;
}

void
cpt_company_set_vat_number (CptCompany *self,
                 const char * value)
{
  g_return_if_fail (CPT_IS_COMPANY (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->vat_number, value) == 0)
    return;
  g_free (self->vat_number);
  self->vat_number = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VAT_NUMBER]);
}

const char *
cpt_company_get_vat_regime (CptCompany *self)
{
  g_return_val_if_fail (CPT_IS_COMPANY (self), NULL);

  return self->vat_regime;
}

void
cpt_company_set_vat_regime (CptCompany *self,
                 const char * value)
{
  g_return_if_fail (CPT_IS_COMPANY (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->vat_regime, value) == 0)
    return;
  g_free (self->vat_regime);
  self->vat_regime = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VAT_REGIME]);
}

gboolean
cpt_company_get_vat_on_debits (CptCompany *self)
{
  g_return_val_if_fail (CPT_IS_COMPANY (self), FALSE);

  return self->vat_on_debits;
}

void
cpt_company_set_vat_on_debits (CptCompany *self,
                 gboolean value)
{
  g_return_if_fail (CPT_IS_COMPANY (self));

  value = !!value;
  if (self->vat_on_debits == value)
    return;
  self->vat_on_debits = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VAT_ON_DEBITS]);
}

const char *
cpt_company_get_operations (CptCompany *self)
{
  g_return_val_if_fail (CPT_IS_COMPANY (self), NULL);

  return self->operations;
}

void
cpt_company_set_operations (CptCompany *self,
                 const char * value)
{
  g_return_if_fail (CPT_IS_COMPANY (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->operations, value) == 0)
    return;
  g_free (self->operations);
  self->operations = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OPERATIONS]);
}

const char *
cpt_company_get_iban (CptCompany *self)
{
  g_return_val_if_fail (CPT_IS_COMPANY (self), NULL);

  return self->iban;
}

void
cpt_company_set_iban (CptCompany *self,
                 const char * value)
{
  g_return_if_fail (CPT_IS_COMPANY (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->iban, value) == 0)
    return;
  g_free (self->iban);
  self->iban = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IBAN]);
}

const char *
cpt_company_get_bic (CptCompany *self)
{
  g_return_val_if_fail (CPT_IS_COMPANY (self), NULL);

  return self->bic;
}

void
cpt_company_set_bic (CptCompany *self,
                 const char * value)
{
  g_return_if_fail (CPT_IS_COMPANY (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->bic, value) == 0)
    return;
  g_free (self->bic);
  self->bic = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BIC]);
}

const char *
cpt_company_get_email (CptCompany *self)
{
  g_return_val_if_fail (CPT_IS_COMPANY (self), NULL);

  return self->email;
}

void
cpt_company_set_email (CptCompany *self,
                 const char * value)
{
  g_return_if_fail (CPT_IS_COMPANY (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->email, value) == 0)
    return;
  g_free (self->email);
  self->email = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
}

const char *
cpt_company_get_phone (CptCompany *self)
{
  g_return_val_if_fail (CPT_IS_COMPANY (self), NULL);

  return self->phone;
}

void
cpt_company_set_phone (CptCompany *self,
                 const char * value)
{
  g_return_if_fail (CPT_IS_COMPANY (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->phone, value) == 0)
    return;
  g_free (self->phone);
  self->phone = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE]);
}

const char *
cpt_company_get_website (CptCompany *self)
{
  g_return_val_if_fail (CPT_IS_COMPANY (self), NULL);

  return self->website;
}

void
cpt_company_set_website (CptCompany *self,
                 const char * value)
{
  g_return_if_fail (CPT_IS_COMPANY (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->website, value) == 0)
    return;
  g_free (self->website);
  self->website = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEBSITE]);
}

int
cpt_company_get_late_penalty_rate (CptCompany *self)
{
  g_return_val_if_fail (CPT_IS_COMPANY (self), 0);

  return self->late_penalty_rate;
}

void
cpt_company_set_late_penalty_rate (CptCompany *self,
                 int value)
{
  g_return_if_fail (CPT_IS_COMPANY (self));

  if (self->late_penalty_rate == value)
    return;
  self->late_penalty_rate = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LATE_PENALTY_RATE]);
}

const char *
cpt_company_get_footer (CptCompany *self)
{
  g_return_val_if_fail (CPT_IS_COMPANY (self), NULL);

  return self->footer;
}

void
cpt_company_set_footer (CptCompany *self,
                 const char * value)
{
  g_return_if_fail (CPT_IS_COMPANY (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->footer, value) == 0)
    return;
  g_free (self->footer);
  self->footer = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOOTER]);
}

GBytes *
cpt_company_get_logo (CptCompany *self)
{
  g_return_val_if_fail (CPT_IS_COMPANY (self), NULL);

  return self->logo;
}

void
cpt_company_set_logo (CptCompany *self,
                 GBytes * value)
{
  g_return_if_fail (CPT_IS_COMPANY (self));

  if (self->logo == value || (self->logo != NULL && value != NULL && g_bytes_equal (self->logo, value)))
    return;
  g_clear_pointer (&self->logo, g_bytes_unref);
  self->logo = value != NULL ? g_bytes_ref (value) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOGO]);
}

/* The first start offers « Créer mon entreprise » until a name is saved. */
gboolean
cpt_company_is_configured (CptCompany *self)
{
  g_return_val_if_fail (CPT_IS_COMPANY (self), FALSE);

  return self->name[0] != '\0';
}

/* Without spaces, dots or dashes, in capitals when @upper. */
static char *
compact (const char *text,
         gboolean    upper)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F || c == '.' || c == '-')
        continue;
      g_string_append_unichar (out, upper ? g_unichar_toupper (c) : c);
    }

  return g_string_free (out, FALSE);
}

static void
trim (CptCompany *self,
      const char *value,
      void      (*setter) (CptCompany *, const char *))
{
  g_autofree char *trimmed = g_strstrip (g_strdup (value));

  setter (self, trimmed);
}

/**
 * cpt_company_normalize:
 *
 * Trims the texts and writes identifiers as they are compared and printed:
 * SIREN and SIRET as digits, VAT number, IBAN and BIC in capitals without
 * spaces.
 */
void
cpt_company_normalize (CptCompany *self)
{
  g_autofree char *siren = NULL;
  g_autofree char *siret = NULL;
  g_autofree char *vat = NULL;
  g_autofree char *iban = NULL;
  g_autofree char *bic = NULL;

  g_return_if_fail (CPT_IS_COMPANY (self));

  trim (self, self->name, cpt_company_set_name);
  trim (self, self->legal_form, cpt_company_set_legal_form);
  trim (self, self->rcs_city, cpt_company_set_rcs_city);
  trim (self, self->email, cpt_company_set_email);
  trim (self, self->phone, cpt_company_set_phone);
  trim (self, self->website, cpt_company_set_website);

  siren = compact (self->siren, FALSE);
  siret = compact (self->siret, FALSE);
  vat = compact (self->vat_number, TRUE);
  iban = compact (self->iban, TRUE);
  bic = compact (self->bic, TRUE);
  cpt_company_set_siren (self, siren);
  cpt_company_set_siret (self, siret);
  cpt_company_set_vat_number (self, vat);
  cpt_company_set_iban (self, iban);
  cpt_company_set_bic (self, bic);
}

static gboolean
all_digits (const char *text,
            gsize       length)
{
  if (strlen (text) != length)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

/* ISO 13616: move the first four characters to the end, letters become
 * 10…35, and the number modulo 97 must be 1. */
static gboolean
iban_is_valid (const char *iban)
{
  gsize len = strlen (iban);
  guint remainder = 0;

  if (len < 15 || len > 34 || !g_ascii_isalpha (iban[0]) || !g_ascii_isalpha (iban[1]) ||
      !g_ascii_isdigit (iban[2]) || !g_ascii_isdigit (iban[3]))
    return FALSE;

  for (gsize i = 0; i < len; i++)
    {
      char c = iban[(i + 4) % len];

      if (g_ascii_isdigit (c))
        remainder = (remainder * 10 + (c - '0')) % 97;
      else if (g_ascii_isupper (c))
        remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
      else
        return FALSE;
    }

  return remainder == 1;
}

static gboolean
bic_is_valid (const char *bic)
{
  gsize len = strlen (bic);

  if (len != 8 && len != 11)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isalnum (bic[i]) || (i < 6 && !g_ascii_isalpha (bic[i])))
      return FALSE;
  return TRUE;
}

static gboolean
one_of (const char *value,
        const char *a,
        const char *b,
        const char *c)
{
  return g_strcmp0 (value, a) == 0 || g_strcmp0 (value, b) == 0 ||
         (c != NULL && g_strcmp0 (value, c) == 0);
}

/**
 * cpt_company_validate:
 *
 * Checks the company after cpt_company_normalize(): a name, a 9-digit
 * SIREN, a 14-digit SIRET that starts with it, a well-formed VAT number,
 * IBAN (checksum) and BIC, a known VAT regime and nature of operations.
 */
gboolean
cpt_company_validate (CptCompany  *self,
                      GError     **error)
{
  g_autoptr(GError) problems = NULL;

  g_return_val_if_fail (CPT_IS_COMPANY (self), FALSE);

  if (self->name[0] == '\0')
    cpt_error_add_field (&problems, "name", "%s",
                         _("The company needs a name."));
  if (self->siren[0] != '\0' && !all_digits (self->siren, 9))
    cpt_error_add_field (&problems, "siren",
                         _("The SIREN number “%s” must have 9 digits."), self->siren);
  if (self->siret[0] != '\0' &&
      (!all_digits (self->siret, 14) ||
       (self->siren[0] != '\0' && strncmp (self->siret, self->siren, 9) != 0)))
    cpt_error_add_field (&problems, "siret",
                         _("The SIRET number “%s” must have 14 digits and start with the SIREN number."),
                         self->siret);
  if (self->vat_number[0] != '\0' &&
      (strlen (self->vat_number) < 4 || strlen (self->vat_number) > 15 ||
       !g_ascii_isalpha (self->vat_number[0]) || !g_ascii_isalpha (self->vat_number[1]) ||
       (g_str_has_prefix (self->vat_number, "FR") && strlen (self->vat_number) != 13)))
    cpt_error_add_field (&problems, "vat_number",
                         _("The VAT number “%s” is not valid (expected: FR and 11 characters, "
                           "or another country code and its number)."), self->vat_number);
  if (self->iban[0] != '\0' && !iban_is_valid (self->iban))
    cpt_error_add_field (&problems, "iban",
                         _("The IBAN “%s” is not valid: check its digits."), self->iban);
  if (self->bic[0] != '\0' && !bic_is_valid (self->bic))
    cpt_error_add_field (&problems, "bic",
                         _("The BIC “%s” must have 8 or 11 letters and digits."), self->bic);
  if (self->share_capital < 0)
    cpt_error_add_field (&problems, "share_capital", "%s",
                         _("The share capital cannot be negative."));
  if (self->late_penalty_rate < 0 || self->late_penalty_rate > 100000)
    cpt_error_add_field (&problems, "late_penalty_rate", "%s",
                         _("The late-payment penalty rate must be between 0 and 1000 %."));
  if (!one_of (self->vat_regime, "normal", "franchise", NULL))
    cpt_error_add_field (&problems, "vat_regime",
                         _("The VAT regime “%s” does not exist."), self->vat_regime);
  if (!one_of (self->operations, "goods", "services", "both"))
    cpt_error_add_field (&problems, "operations",
                         _("The nature of operations “%s” does not exist."), self->operations);

  return cpt_error_finish (&problems, error);
}
