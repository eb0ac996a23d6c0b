/* cpt-api-company.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-api-company"

#include "config.h"

#include "cpt-api-routes.h"
#include "cpt-keyring.h"
#include "cpt-mail-settings.h"
#include "cpt-settings-service.h"

static void
reply_company (CptApiRequest *request)
{
  g_autoptr(CptCompany) company = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(GError) error = NULL;

  company = cpt_settings_get_company (request->database, &error);
  if (company == NULL)
    {
      cpt_api_request_reply_error (request, error);
      return;
    }

  builder = json_builder_new_immutable ();
  json_builder_begin_object (builder);
  cpt_api_json_add_string (builder, "name", cpt_company_get_name (company));
  cpt_api_json_add_string (builder, "legal_form", cpt_company_get_legal_form (company));
  cpt_api_json_add_money (builder, "share_capital", cpt_company_get_share_capital (company));
  cpt_api_address_to_json (builder, "address", cpt_company_get_address (company));
  cpt_api_json_add_string (builder, "siren", cpt_company_get_siren (company));
  cpt_api_json_add_string (builder, "siret", cpt_company_get_siret (company));
  cpt_api_json_add_string (builder, "rcs_city", cpt_company_get_rcs_city (company));
  cpt_api_json_add_string (builder, "vat_number", cpt_company_get_vat_number (company));
  cpt_api_json_add_string (builder, "vat_regime", cpt_company_get_vat_regime (company));
  cpt_api_json_add_bool (builder, "vat_on_debits", cpt_company_get_vat_on_debits (company));
  cpt_api_json_add_string (builder, "operations", cpt_company_get_operations (company));
  cpt_api_json_add_string (builder, "iban", cpt_company_get_iban (company));
  cpt_api_json_add_string (builder, "bic", cpt_company_get_bic (company));
  cpt_api_json_add_string (builder, "email", cpt_company_get_email (company));
  cpt_api_json_add_string (builder, "phone", cpt_company_get_phone (company));
  cpt_api_json_add_string (builder, "website", cpt_company_get_website (company));
  cpt_api_json_add_percent (builder, "late_penalty_rate", cpt_company_get_late_penalty_rate (company));
  cpt_api_json_add_string (builder, "footer", cpt_company_get_footer (company));
  json_builder_end_object (builder);
  cpt_api_request_reply_builder (request, 200, builder);
}

static void
get_company (CptApiRequest *request)
{
  reply_company (request);
}

static void
read_company_text (CptApiInput  *input,
                   const char   *name,
                   CptCompany   *company,
                   void        (*setter) (CptCompany *, const char *))
{
  g_autofree char *value = NULL;

  if (cpt_api_input_string (input, name, &value))
    setter (company, value);
  else if (cpt_api_input_is_null (input, name))
    setter (company, NULL);
}

static void
put_company (CptApiRequest *request)
{
  static const char * const regimes[] = { "normal", "franchise", NULL };
  static const char * const operations[] = { "goods", "services", "both", NULL };
  g_autoptr(CptCompany) company = NULL;
  g_autoptr(CptApiInput) input = NULL;
  g_autoptr(CptAddress) address = NULL;
  g_autoptr(GError) error = NULL;
  gint64 amount = 0;
  gint32 rate = 0;
  gboolean flag = FALSE;
  guint choice = 0;

  company = cpt_settings_get_company (request->database, &error);
  if (company == NULL)
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  if ((input = cpt_api_request_read_body (request)) == NULL)
    return;

  read_company_text (input, "name", company, cpt_company_set_name);
  read_company_text (input, "legal_form", company, cpt_company_set_legal_form);
  read_company_text (input, "siren", company, cpt_company_set_siren);
  read_company_text (input, "siret", company, cpt_company_set_siret);
  read_company_text (input, "rcs_city", company, cpt_company_set_rcs_city);
  read_company_text (input, "vat_number", company, cpt_company_set_vat_number);
  read_company_text (input, "iban", company, cpt_company_set_iban);
  read_company_text (input, "bic", company, cpt_company_set_bic);
  read_company_text (input, "email", company, cpt_company_set_email);
  read_company_text (input, "phone", company, cpt_company_set_phone);
  read_company_text (input, "website", company, cpt_company_set_website);
  read_company_text (input, "footer", company, cpt_company_set_footer);
  if (cpt_api_input_money (input, "share_capital", &amount))
    cpt_company_set_share_capital (company, amount);
  if ((address = cpt_api_address_from_json (input, "address")) != NULL)
    cpt_company_set_address (company, address);
  if (cpt_api_input_choice (input, "vat_regime", regimes, &choice))
    cpt_company_set_vat_regime (company, regimes[choice]);
  if (cpt_api_input_bool (input, "vat_on_debits", &flag))
    cpt_company_set_vat_on_debits (company, flag);
  if (cpt_api_input_choice (input, "operations", operations, &choice))
    cpt_company_set_operations (company, operations[choice]);
  if (cpt_api_input_percent (input, "late_penalty_rate", &rate))
    cpt_company_set_late_penalty_rate (company, rate);
  if (!cpt_api_request_check_input (request, input))
    return;

  if (!cpt_settings_set_company (request->database, company, &error))
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  reply_company (request);
}

static void
reply_email (CptApiRequest *request)
{
  g_autoptr(CptMailSettings) settings = cpt_mail_settings_load (request->database);
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  static const char * const securities[] = { "starttls", "tls", "none" };
  CptSmtpSecurity security = cpt_mail_settings_get_security (settings);

  json_builder_begin_object (builder);
  cpt_api_json_add_string (builder, "host", cpt_mail_settings_get_host (settings));
  cpt_api_json_add_int (builder, "port", cpt_mail_settings_get_port (settings));
  cpt_api_json_add_string (builder, "security",
                           (guint) security < G_N_ELEMENTS (securities) ? securities[security] : NULL);
  cpt_api_json_add_string (builder, "username", cpt_mail_settings_get_username (settings));
  cpt_api_json_add_string (builder, "ca_file", cpt_mail_settings_get_ca_file (settings));
  cpt_api_json_add_string (builder, "sender_name", cpt_mail_settings_get_sender_name (settings));
  cpt_api_json_add_string (builder, "sender_address", cpt_mail_settings_get_sender_address (settings));
  json_builder_end_object (builder);
  cpt_api_request_reply_builder (request, 200, builder);
}

static void
get_email (CptApiRequest *request)
{
  reply_email (request);
}

/* The password is write-only: it goes to the keyring, never to the
 * database nor back in an answer. */
static void
put_email (CptApiRequest *request)
{
  static const char * const securities[] = { "starttls", "tls", "none", NULL };
  static const CptSmtpSecurity security_values[] = {
    CPT_SMTP_SECURITY_STARTTLS, CPT_SMTP_SECURITY_TLS, CPT_SMTP_SECURITY_NONE,
  };
  g_autoptr(CptMailSettings) settings = cpt_mail_settings_load (request->database);
  g_autoptr(CptApiInput) input = cpt_api_request_read_body (request);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *password = NULL;
  gint64 port = 0;
  guint choice = 0;

  if (input == NULL)
    return;
  if (cpt_api_input_string (input, "host", &text))
    cpt_mail_settings_set_host (settings, text);
  if (cpt_api_input_int (input, "port", 1, 65535, &port))
    cpt_mail_settings_set_port (settings, (guint) port);
  if (cpt_api_input_choice (input, "security", securities, &choice))
    cpt_mail_settings_set_security (settings, security_values[choice]);
  if (cpt_api_input_string (input, "username", &text))
    cpt_mail_settings_set_username (settings, text);
  if (cpt_api_input_string (input, "ca_file", &text))
    cpt_mail_settings_set_ca_file (settings, text);
  if (cpt_api_input_string (input, "sender_name", &text))
    cpt_mail_settings_set_sender_name (settings, text);
  if (cpt_api_input_string (input, "sender_address", &text))
    cpt_mail_settings_set_sender_address (settings, text);
  cpt_api_input_string (input, "password", &password);
  if (!cpt_api_request_check_input (request, input))
    return;

  if (!cpt_mail_settings_validate (settings, &error) ||
      !cpt_mail_settings_save (settings, request->database, &error))
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  if (password != NULL &&
      !cpt_keyring_store_password (cpt_mail_settings_get_host (settings),
                                   cpt_mail_settings_get_username (settings),
                                   password, NULL, &error))
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  reply_email (request);
}

void
cpt_api_company_register (CptApiServer *server)
{
  cpt_api_server_add_route (server, "GET", "/api/v1/settings/company", get_company);
  cpt_api_server_add_route (server, "PUT", "/api/v1/settings/company", put_company);
  cpt_api_server_add_route (server, "GET", "/api/v1/settings/email", get_email);
  cpt_api_server_add_route (server, "PUT", "/api/v1/settings/email", put_email);
}
