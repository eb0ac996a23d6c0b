/* cpt-api-customers.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-api-customers"

#include "config.h"

#include "cpt-api-json.h"
#include "cpt-api-routes.h"
#include "cpt-customer-service.h"

static void
customer_to_json (JsonBuilder *builder,
                  CptCustomer *customer)
{
  json_builder_begin_object (builder);
  cpt_api_json_add_int (builder, "id", cpt_customer_get_id (customer));
  cpt_api_json_add_string (builder, "kind", cpt_customer_kind_to_string (cpt_customer_get_kind (customer)));
  cpt_api_json_add_string (builder, "display_name", cpt_customer_get_display_name (customer));
  cpt_api_json_add_string (builder, "company_name", cpt_customer_get_company_name (customer));
  cpt_api_json_add_string (builder, "contact_name", cpt_customer_get_contact_name (customer));
  cpt_api_json_add_string (builder, "email", cpt_customer_get_email (customer));
  cpt_api_json_add_string (builder, "phone", cpt_customer_get_phone (customer));
  cpt_api_json_add_string (builder, "siren", cpt_customer_get_siren (customer));
  cpt_api_json_add_string (builder, "vat_number", cpt_customer_get_vat_number (customer));
  cpt_api_address_to_json (builder, "billing_address", cpt_customer_get_billing_address (customer));
  cpt_api_address_to_json (builder, "shipping_address", cpt_customer_get_shipping_address (customer));
  cpt_api_json_add_id (builder, "payment_terms_id", cpt_customer_get_payment_terms_id (customer));
  cpt_api_json_add_string (builder, "notes", cpt_customer_get_notes (customer));
  cpt_api_json_add_string (builder, "created_at", cpt_customer_get_created_at (customer));
  cpt_api_json_add_string (builder, "updated_at", cpt_customer_get_updated_at (customer));
  json_builder_end_object (builder);
}

static void
reply_customer (CptApiRequest *request,
                guint          status,
                CptCustomer   *customer)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();

  customer_to_json (builder, customer);
  cpt_api_request_reply_builder (request, status, builder);
}

static void
read_text (CptApiInput  *input,
           const char   *name,
           CptCustomer  *customer,
           void        (*setter) (CptCustomer *, const char *))
{
  g_autofree char *value = NULL;

  if (cpt_api_input_string (input, name, &value))
    setter (customer, value);
  else if (cpt_api_input_is_null (input, name))
    setter (customer, NULL);
}

/* Applies the members present in the body; the service validates. */
static gboolean
customer_from_body (CptApiRequest *request,
                    CptCustomer   *customer)
{
  static const char * const kinds[] = { "company", "individual", NULL };
  g_autoptr(CptApiInput) input = cpt_api_request_read_body (request);
  g_autoptr(CptAddress) billing = NULL;
  g_autoptr(CptAddress) shipping = NULL;
  gint64 payment_terms_id = 0;
  guint kind = 0;

  if (input == NULL)
    return FALSE;

  if (cpt_api_input_choice (input, "kind", kinds, &kind))
    cpt_customer_set_kind (customer, kind == 0 ? CPT_CUSTOMER_KIND_COMPANY : CPT_CUSTOMER_KIND_INDIVIDUAL);
  read_text (input, "display_name", customer, cpt_customer_set_display_name);
  read_text (input, "company_name", customer, cpt_customer_set_company_name);
  read_text (input, "contact_name", customer, cpt_customer_set_contact_name);
  read_text (input, "email", customer, cpt_customer_set_email);
  read_text (input, "phone", customer, cpt_customer_set_phone);
  read_text (input, "siren", customer, cpt_customer_set_siren);
  read_text (input, "vat_number", customer, cpt_customer_set_vat_number);
  read_text (input, "notes", customer, cpt_customer_set_notes);
  if ((billing = cpt_api_address_from_json (input, "billing_address")) != NULL)
    cpt_customer_set_billing_address (customer, billing);
  if ((shipping = cpt_api_address_from_json (input, "shipping_address")) != NULL)
    cpt_customer_set_shipping_address (customer, shipping);
  if (cpt_api_input_id (input, "payment_terms_id", &payment_terms_id))
    cpt_customer_set_payment_terms_id (customer, payment_terms_id);
  else if (cpt_api_input_is_null (input, "payment_terms_id"))
    cpt_customer_set_payment_terms_id (customer, 0);

  return cpt_api_request_check_input (request, input);
}

static void
list_customers (CptApiRequest *request)
{
  g_autoptr(GPtrArray) customers = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *next_cursor = NULL;
  guint limit;

  if (!cpt_api_request_get_limit (request, &limit))
    return;

  customers = cpt_customer_service_list (request->database,
                                         cpt_api_request_get_query (request, "search"),
                                         cpt_api_request_get_query (request, "cursor"),
                                         limit, &next_cursor, &error);
  if (customers == NULL)
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  cpt_api_request_reply_list (request, "customers", customers, next_cursor,
                              (CptApiRowToJson) customer_to_json);
}

static void
create_customer (CptApiRequest *request)
{
  g_autoptr(CptCustomer) customer = cpt_customer_new ();
  g_autoptr(GError) error = NULL;

  if (!customer_from_body (request, customer))
    return;
  if (!cpt_customer_service_create (request->database, customer, &error))
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  reply_customer (request, 201, customer);
}

static void
get_customer (CptApiRequest *request)
{
  g_autoptr(CptCustomer) customer = NULL;
  g_autoptr(GError) error = NULL;

  customer = cpt_customer_service_get (request->database, cpt_api_request_get_id (request, 0), &error);
  if (customer == NULL)
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  reply_customer (request, 200, customer);
}

static void
update_customer (CptApiRequest *request)
{
  g_autoptr(CptCustomer) customer = NULL;
  g_autoptr(GError) error = NULL;

  customer = cpt_customer_service_get (request->database, cpt_api_request_get_id (request, 0), &error);
  if (customer == NULL)
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  if (!customer_from_body (request, customer))
    return;
  if (!cpt_customer_service_update (request->database, customer, &error))
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  reply_customer (request, 200, customer);
}

static void
delete_customer (CptApiRequest *request)
{
  cpt_api_request_reply_delete (request, cpt_customer_service_delete);
}

void
cpt_api_customers_register (CptApiServer *server)
{
  cpt_api_server_add_route (server, "GET", "/api/v1/customers", list_customers);
  cpt_api_server_add_route (server, "POST", "/api/v1/customers", create_customer);
  cpt_api_server_add_route (server, "GET", "/api/v1/customers/{id}", get_customer);
  cpt_api_server_add_route (server, "PUT", "/api/v1/customers/{id}", update_customer);
  cpt_api_server_add_route (server, "DELETE", "/api/v1/customers/{id}", delete_customer);
}
