/* cpt-customer.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-customer"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "cpt-customer.h"
#include "cpt-error.h"

G_DEFINE_ENUM_TYPE (CptCustomerKind, cpt_customer_kind,
                    G_DEFINE_ENUM_VALUE (CPT_CUSTOMER_KIND_COMPANY, "company"),
                    G_DEFINE_ENUM_VALUE (CPT_CUSTOMER_KIND_INDIVIDUAL, "individual"))

/* The words used in the database and the API. */
const char *
cpt_customer_kind_to_string (CptCustomerKind kind)
{
  return kind == CPT_CUSTOMER_KIND_INDIVIDUAL ? "individual" : "company";
}

gboolean
cpt_customer_kind_from_string (const char      *text,
                               CptCustomerKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  if (g_strcmp0 (text, "company") == 0)
    *kind = CPT_CUSTOMER_KIND_COMPANY;
  else if (g_strcmp0 (text, "individual") == 0)
    *kind = CPT_CUSTOMER_KIND_INDIVIDUAL;
  else
    return FALSE;

  return TRUE;
}

struct _CptCustomer
{
  GObject          parent_instance;

  gint64           id;
  CptCustomerKind  kind;
  char            *display_name;
  char            *company_name;
  char            *contact_name;
  char            *email;
  char            *phone;
  char            *siren;
  char            *vat_number;
  CptAddress      *billing_address;
  CptAddress      *shipping_address;
  gint64           payment_terms_id;
  char            *notes;
  char            *created_at;
  char            *updated_at;
};

G_DEFINE_FINAL_TYPE (CptCustomer, cpt_customer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_DISPLAY_NAME,
  PROP_COMPANY_NAME,
  PROP_CONTACT_NAME,
  PROP_EMAIL,
  PROP_PHONE,
  PROP_SIREN,
  PROP_VAT_NUMBER,
  PROP_BILLING_ADDRESS,
  PROP_SHIPPING_ADDRESS,
  PROP_BILLING_CITY,
  PROP_PAYMENT_TERMS_ID,
  PROP_NOTES,
  PROP_CREATED_AT,
  PROP_UPDATED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Notifies only on a real change; NULL is kept as "". */
static void
set_string (CptCustomer  *self,
            char        **field,
            const char   *value,
            int           prop)
{
  if (value == NULL)
    value = "";
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
cpt_customer_finalize (GObject *object)
{
  CptCustomer *self = CPT_CUSTOMER (object);

  g_free (self->display_name);
  g_free (self->company_name);
  g_free (self->contact_name);
  g_free (self->email);
  g_free (self->phone);
  g_free (self->siren);
  g_free (self->vat_number);
  cpt_address_free (self->billing_address);
  cpt_address_free (self->shipping_address);
  g_free (self->notes);
  g_free (self->created_at);
  g_free (self->updated_at);

  G_OBJECT_CLASS (cpt_customer_parent_class)->finalize (object);
}

static void
cpt_customer_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CptCustomer *self = CPT_CUSTOMER (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    case PROP_DISPLAY_NAME: g_value_set_string (value, self->display_name); break;
    case PROP_COMPANY_NAME: g_value_set_string (value, self->company_name); break;
    case PROP_CONTACT_NAME: g_value_set_string (value, self->contact_name); break;
    case PROP_EMAIL: g_value_set_string (value, self->email); break;
    case PROP_PHONE: g_value_set_string (value, self->phone); break;
    case PROP_SIREN: g_value_set_string (value, self->siren); break;
    case PROP_VAT_NUMBER: g_value_set_string (value, self->vat_number); break;
    case PROP_BILLING_ADDRESS: g_value_set_boxed (value, self->billing_address); break;
    case PROP_SHIPPING_ADDRESS: g_value_set_boxed (value, self->shipping_address); break;
    case PROP_BILLING_CITY: g_value_set_string (value, self->billing_address->city); break;
    case PROP_PAYMENT_TERMS_ID: g_value_set_int64 (value, self->payment_terms_id); break;
    case PROP_NOTES: g_value_set_string (value, self->notes); break;
    case PROP_CREATED_AT: g_value_set_string (value, self->created_at); break;
    case PROP_UPDATED_AT: g_value_set_string (value, self->updated_at); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cpt_customer_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  CptCustomer *self = CPT_CUSTOMER (object);

  switch (prop_id)
    {
    case PROP_ID: cpt_customer_set_id (self, g_value_get_int64 (value)); break;
    case PROP_KIND: cpt_customer_set_kind (self, g_value_get_enum (value)); break;
    case PROP_DISPLAY_NAME: cpt_customer_set_display_name (self, g_value_get_string (value)); break;
    case PROP_COMPANY_NAME: cpt_customer_set_company_name (self, g_value_get_string (value)); break;
    case PROP_CONTACT_NAME: cpt_customer_set_contact_name (self, g_value_get_string (value)); break;
    case PROP_EMAIL: cpt_customer_set_email (self, g_value_get_string (value)); break;
    case PROP_PHONE: cpt_customer_set_phone (self, g_value_get_string (value)); break;
    case PROP_SIREN: cpt_customer_set_siren (self, g_value_get_string (value)); break;
    case PROP_VAT_NUMBER: cpt_customer_set_vat_number (self, g_value_get_string (value)); break;
    case PROP_BILLING_ADDRESS: cpt_customer_set_billing_address (self, g_value_get_boxed (value)); break;
    case PROP_SHIPPING_ADDRESS: cpt_customer_set_shipping_address (self, g_value_get_boxed (value)); break;
    case PROP_PAYMENT_TERMS_ID: cpt_customer_set_payment_terms_id (self, g_value_get_int64 (value)); break;
    case PROP_NOTES: cpt_customer_set_notes (self, g_value_get_string (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_property (const char *name,
                 gboolean    writable)
{
  return g_param_spec_string (name, NULL, NULL, "",
                              (writable ? G_PARAM_READWRITE : G_PARAM_READABLE) |
                              G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static void
cpt_customer_class_init (CptCustomerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cpt_customer_finalize;
  object_class->get_property = cpt_customer_get_property;
  object_class->set_property = cpt_customer_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, CPT_TYPE_CUSTOMER_KIND,
                                             CPT_CUSTOMER_KIND_COMPANY, rw);
  properties[PROP_DISPLAY_NAME] = string_property ("display-name", TRUE);
  properties[PROP_COMPANY_NAME] = string_property ("company-name", TRUE);
  properties[PROP_CONTACT_NAME] = string_property ("contact-name", TRUE);
  properties[PROP_EMAIL] = string_property ("email", TRUE);
  properties[PROP_PHONE] = string_property ("phone", TRUE);
  properties[PROP_SIREN] = string_property ("siren", TRUE);
  properties[PROP_VAT_NUMBER] = string_property ("vat-number", TRUE);
  properties[PROP_BILLING_ADDRESS] = g_param_spec_boxed ("billing-address", NULL, NULL,
                                                         CPT_TYPE_ADDRESS, rw);
  properties[PROP_SHIPPING_ADDRESS] = g_param_spec_boxed ("shipping-address", NULL, NULL,
                                                          CPT_TYPE_ADDRESS, rw);
  /* For list columns: an expression cannot look inside a boxed address. */
  properties[PROP_BILLING_CITY] = string_property ("billing-city", FALSE);
  properties[PROP_PAYMENT_TERMS_ID] = g_param_spec_int64 ("payment-terms-id", NULL, NULL,
                                                          0, G_MAXINT64, 0, rw);
  properties[PROP_NOTES] = string_property ("notes", TRUE);
  properties[PROP_CREATED_AT] = string_property ("created-at", FALSE);
  properties[PROP_UPDATED_AT] = string_property ("updated-at", FALSE);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cpt_customer_init (CptCustomer *self)
{
  self->kind = CPT_CUSTOMER_KIND_COMPANY;
  self->display_name = g_strdup ("");
  self->company_name = g_strdup ("");
  self->contact_name = g_strdup ("");
  self->email = g_strdup ("");
  self->phone = g_strdup ("");
  self->siren = g_strdup ("");
  self->vat_number = g_strdup ("");
  self->billing_address = cpt_address_new (NULL, NULL, NULL, NULL, "France");
  self->shipping_address = cpt_address_new (NULL, NULL, NULL, NULL, "France");
  self->notes = g_strdup ("");
  self->created_at = g_strdup ("");
  self->updated_at = g_strdup ("");
}

CptCustomer *
cpt_customer_new (void)
{
  return g_object_new (CPT_TYPE_CUSTOMER, NULL);
}

/* A detached copy, for forms that edit a copy and save it or drop it. */
CptCustomer *
cpt_customer_copy (CptCustomer *self)
{
  CptCustomer *copy;

  g_return_val_if_fail (CPT_IS_CUSTOMER (self), NULL);

  copy = g_object_new (CPT_TYPE_CUSTOMER,
                       "id", self->id,
                       "kind", self->kind,
                       "display-name", self->display_name,
                       "company-name", self->company_name,
                       "contact-name", self->contact_name,
                       "email", self->email,
                       "phone", self->phone,
                       "siren", self->siren,
                       "vat-number", self->vat_number,
                       "billing-address", self->billing_address,
                       "shipping-address", self->shipping_address,
                       "payment-terms-id", self->payment_terms_id,
                       "notes", self->notes,
                       NULL);
  cpt_customer_set_timestamps (copy, self->created_at, self->updated_at);

  return copy;
}

#define STRING_ACCESSORS(field, PROP)                                     \
  const char *                                                            \
  cpt_customer_get_##field (CptCustomer *self)                            \
  {                                                                       \
    g_return_val_if_fail (CPT_IS_CUSTOMER (self), NULL);                  \
    return self->field;                                                   \
  }                                                                       \
  void                                                                    \
  cpt_customer_set_##field (CptCustomer *self,                            \
                            const char  *value)                           \
  {                                                                       \
    g_return_if_fail (CPT_IS_CUSTOMER (self));                            \
    set_string (self, &self->field, value, PROP);                         \
  }

STRING_ACCESSORS (display_name, PROP_DISPLAY_NAME)
STRING_ACCESSORS (company_name, PROP_COMPANY_NAME)
STRING_ACCESSORS (contact_name, PROP_CONTACT_NAME)
STRING_ACCESSORS (email, PROP_EMAIL)
STRING_ACCESSORS (phone, PROP_PHONE)
STRING_ACCESSORS (siren, PROP_SIREN)
STRING_ACCESSORS (vat_number, PROP_VAT_NUMBER)
STRING_ACCESSORS (notes, PROP_NOTES)

gint64
cpt_customer_get_id (CptCustomer *self)
{
  g_return_val_if_fail (CPT_IS_CUSTOMER (self), 0);

  return self->id;
}

void
cpt_customer_set_id (CptCustomer *self,
                     gint64       id)
{
  g_return_if_fail (CPT_IS_CUSTOMER (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

CptCustomerKind
cpt_customer_get_kind (CptCustomer *self)
{
  g_return_val_if_fail (CPT_IS_CUSTOMER (self), CPT_CUSTOMER_KIND_COMPANY);

  return self->kind;
}

void
cpt_customer_set_kind (CptCustomer     *self,
                       CptCustomerKind  kind)
{
  g_return_if_fail (CPT_IS_CUSTOMER (self));

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const CptAddress *
cpt_customer_get_billing_address (CptCustomer *self)
{
  g_return_val_if_fail (CPT_IS_CUSTOMER (self), NULL);

  return self->billing_address;
}

void
cpt_customer_set_billing_address (CptCustomer      *self,
                                  const CptAddress *address)
{
  gboolean city_changed;
  const CptAddress *a;

  g_return_if_fail (CPT_IS_CUSTOMER (self));

  a = address != NULL ? address : &(CptAddress) { 0 };
  if (cpt_address_equal (self->billing_address, a) &&
      g_strcmp0 (self->billing_address->country, a->country ? a->country : "") == 0)
    return;

  city_changed = g_strcmp0 (self->billing_address->city, a->city ? a->city : "") != 0;
  cpt_address_set (self->billing_address, a->street, a->street2, a->postcode, a->city, a->country);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BILLING_ADDRESS]);
  if (city_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BILLING_CITY]);
}

const CptAddress *
cpt_customer_get_shipping_address (CptCustomer *self)
{
  g_return_val_if_fail (CPT_IS_CUSTOMER (self), NULL);

  return self->shipping_address;
}

void
cpt_customer_set_shipping_address (CptCustomer      *self,
                                   const CptAddress *address)
{
  const CptAddress *a;

  g_return_if_fail (CPT_IS_CUSTOMER (self));

  a = address != NULL ? address : &(CptAddress) { 0 };
  if (cpt_address_equal (self->shipping_address, a) &&
      g_strcmp0 (self->shipping_address->country, a->country ? a->country : "") == 0)
    return;

  cpt_address_set (self->shipping_address, a->street, a->street2, a->postcode, a->city, a->country);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHIPPING_ADDRESS]);
}

const char *
cpt_customer_get_billing_city (CptCustomer *self)
{
  g_return_val_if_fail (CPT_IS_CUSTOMER (self), NULL);

  return self->billing_address->city;
}

gint64
cpt_customer_get_payment_terms_id (CptCustomer *self)
{
  g_return_val_if_fail (CPT_IS_CUSTOMER (self), 0);

  return self->payment_terms_id;
}

void
cpt_customer_set_payment_terms_id (CptCustomer *self,
                                   gint64       payment_terms_id)
{
  g_return_if_fail (CPT_IS_CUSTOMER (self));

  if (self->payment_terms_id == payment_terms_id)
    return;
  self->payment_terms_id = payment_terms_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAYMENT_TERMS_ID]);
}

const char *
cpt_customer_get_created_at (CptCustomer *self)
{
  g_return_val_if_fail (CPT_IS_CUSTOMER (self), NULL);

  return self->created_at;
}

const char *
cpt_customer_get_updated_at (CptCustomer *self)
{
  g_return_val_if_fail (CPT_IS_CUSTOMER (self), NULL);

  return self->updated_at;
}

/* Set by the store when it reads or writes the row. */
void
cpt_customer_set_timestamps (CptCustomer *self,
                             const char  *created_at,
                             const char  *updated_at)
{
  g_return_if_fail (CPT_IS_CUSTOMER (self));

  set_string (self, &self->created_at, created_at, PROP_CREATED_AT);
  set_string (self, &self->updated_at, updated_at, PROP_UPDATED_AT);
}

static char *
strip_spaces (const char *text,
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
trim_field (CptCustomer  *self,
            char        **field,
            int           prop)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (*field));

  set_string (self, field, trimmed, prop);
}

/**
 * cpt_customer_normalize:
 *
 * Trims the text fields and writes identifiers the way they are printed
 * and compared: SIREN as 9 digits, VAT number in capitals without spaces.
 */
void
cpt_customer_normalize (CptCustomer *self)
{
  g_autofree char *siren = NULL;
  g_autofree char *vat = NULL;

  g_return_if_fail (CPT_IS_CUSTOMER (self));

  trim_field (self, &self->display_name, PROP_DISPLAY_NAME);
  trim_field (self, &self->company_name, PROP_COMPANY_NAME);
  trim_field (self, &self->contact_name, PROP_CONTACT_NAME);
  trim_field (self, &self->email, PROP_EMAIL);
  trim_field (self, &self->phone, PROP_PHONE);

  siren = strip_spaces (self->siren, FALSE);
  set_string (self, &self->siren, siren, PROP_SIREN);
  vat = strip_spaces (self->vat_number, TRUE);
  set_string (self, &self->vat_number, vat, PROP_VAT_NUMBER);
}

/* Loose on purpose: the address must have one @ with text on both sides and
 * a dot in the domain; the mail server is the real judge. */
static gboolean
email_is_plausible (const char *email)
{
  const char *at = strchr (email, '@');

  return at != NULL && at != email && strchr (at + 1, '@') == NULL &&
         strchr (at + 1, '.') != NULL && at[1] != '.' &&
         email[strlen (email) - 1] != '.' && strpbrk (email, " \t\n,;<>") == NULL;
}

static gboolean
is_digits (const char *text,
           gsize       length)
{
  if (strlen (text) != length)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

/* Two letters (the country) then 2 to 13 letters or digits, e.g.
 * FR12345678901, DE123456789. */
static gboolean
vat_number_is_plausible (const char *vat)
{
  gsize len = strlen (vat);

  if (len < 4 || len > 15 || !g_ascii_isalpha (vat[0]) || !g_ascii_isalpha (vat[1]))
    return FALSE;
  for (const char *p = vat + 2; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p))
      return FALSE;
  if (g_str_has_prefix (vat, "FR") && len != 13)
    return FALSE;
  return TRUE;
}

/**
 * cpt_customer_validate:
 *
 * Checks what can be checked without the database, after
 * cpt_customer_normalize(): a name, a plausible e-mail address, a 9-digit
 * SIREN, a well-formed VAT number.
 */
gboolean
cpt_customer_validate (CptCustomer  *self,
                       GError      **error)
{
  g_autoptr(GError) problems = NULL;

  g_return_val_if_fail (CPT_IS_CUSTOMER (self), FALSE);

  if (self->display_name[0] == '\0')
    cpt_error_add_field (&problems, "display_name", "%s", _("The customer needs a name."));
  if (self->email[0] != '\0' && !email_is_plausible (self->email))
    cpt_error_add_field (&problems, "email",
                         _("The e-mail address “%s” is not valid."), self->email);
  if (self->siren[0] != '\0' && !is_digits (self->siren, 9))
    cpt_error_add_field (&problems, "siren",
                         _("The SIREN number “%s” must have 9 digits."), self->siren);
  if (self->vat_number[0] != '\0' && !vat_number_is_plausible (self->vat_number))
    cpt_error_add_field (&problems, "vat_number",
                         _("The VAT number “%s” is not valid (expected: FR and 11 characters, "
                           "or another country code and its number)."), self->vat_number);

  return cpt_error_finish (&problems, error);
}
