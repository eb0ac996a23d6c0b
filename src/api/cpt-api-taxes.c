/* cpt-api-taxes.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-api-taxes"

#include "config.h"

#include "cpt-api-routes.h"
#include "cpt-tax-service.h"

static void
tax_to_json (JsonBuilder *builder,
             CptTax      *tax)
{
  json_builder_begin_object (builder);
  cpt_api_json_add_int (builder, "id", cpt_tax_get_id (tax));
  cpt_api_json_add_string (builder, "name", cpt_tax_get_name (tax));
  cpt_api_json_add_percent (builder, "rate", cpt_tax_get_rate (tax));
  cpt_api_json_add_string (builder, "category", cpt_tax_get_category (tax));
  cpt_api_json_add_string (builder, "legal_mention", cpt_tax_get_legal_mention (tax));
  cpt_api_json_add_bool (builder, "active", cpt_tax_get_active (tax));
  cpt_api_json_add_bool (builder, "is_default", cpt_tax_get_is_default (tax));
  json_builder_end_object (builder);
}

static void
reply_tax (CptApiRequest *request,
           guint          status,
           gint64         tax_id)
{
  g_autoptr(CptTax) tax = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(GError) error = NULL;

  tax = cpt_tax_service_get (request->database, tax_id, &error);
  if (tax == NULL)
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  builder = json_builder_new_immutable ();
  tax_to_json (builder, tax);
  cpt_api_request_reply_builder (request, status, builder);
}

static gboolean
tax_from_body (CptApiRequest *request,
               CptTax        *tax)
{
  static const char * const categories[] = { "standard", "reduced", "exempt", "reverse_charge", NULL };
  g_autoptr(CptApiInput) input = cpt_api_request_read_body (request);
  g_autofree char *text = NULL;
  gboolean flag = FALSE;
  gint32 rate = 0;
  guint category = 0;

  if (input == NULL)
    return FALSE;
  if (cpt_api_input_string (input, "name", &text))
    cpt_tax_set_name (tax, text);
  if (cpt_api_input_percent (input, "rate", &rate))
    cpt_tax_set_rate (tax, rate);
  if (cpt_api_input_choice (input, "category", categories, &category))
    cpt_tax_set_category (tax, categories[category]);
  g_clear_pointer (&text, g_free);
  if (cpt_api_input_string (input, "legal_mention", &text))
    cpt_tax_set_legal_mention (tax, text);
  if (cpt_api_input_bool (input, "active", &flag))
    cpt_tax_set_active (tax, flag);
  if (cpt_api_input_bool (input, "is_default", &flag))
    cpt_tax_set_is_default (tax, flag);
  return cpt_api_request_check_input (request, input);
}

static void
list_taxes (CptApiRequest *request)
{
  g_autoptr(GPtrArray) taxes = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(GError) error = NULL;

  taxes = cpt_tax_service_list (request->database, TRUE, &error);
  if (taxes == NULL)
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  /* A handful of rows: one page, no cursor. */
  builder = json_builder_new_immutable ();
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "taxes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < taxes->len; i++)
    tax_to_json (builder, g_ptr_array_index (taxes, i));
  json_builder_end_array (builder);
  cpt_api_json_add_string (builder, "next_cursor", NULL);
  json_builder_end_object (builder);
  cpt_api_request_reply_builder (request, 200, builder);
}

static void
create_tax (CptApiRequest *request)
{
  g_autoptr(CptTax) tax = cpt_tax_new ();
  g_autoptr(GError) error = NULL;

  if (!tax_from_body (request, tax))
    return;
  if (!cpt_tax_service_create (request->database, tax, &error))
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  reply_tax (request, 201, cpt_tax_get_id (tax));
}

static void
update_tax (CptApiRequest *request)
{
  g_autoptr(CptTax) tax = NULL;
  g_autoptr(GError) error = NULL;

  tax = cpt_tax_service_get (request->database, cpt_api_request_get_id (request, 0), &error);
  if (tax == NULL)
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  if (!tax_from_body (request, tax))
    return;
  if (!cpt_tax_service_update (request->database, tax, &error))
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  reply_tax (request, 200, cpt_tax_get_id (tax));
}

static void
get_tax (CptApiRequest *request)
{
  reply_tax (request, 200, cpt_api_request_get_id (request, 0));
}

void
cpt_api_taxes_register (CptApiServer *server)
{
  cpt_api_server_add_route (server, "GET", "/api/v1/taxes", list_taxes);
  cpt_api_server_add_route (server, "POST", "/api/v1/taxes", create_tax);
  cpt_api_server_add_route (server, "GET", "/api/v1/taxes/{id}", get_tax);
  cpt_api_server_add_route (server, "PUT", "/api/v1/taxes/{id}", update_tax);
}
