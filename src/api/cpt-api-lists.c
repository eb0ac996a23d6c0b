/* cpt-api-lists.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-api-lists"

#include "config.h"

#include "cpt-api-routes.h"
#include "cpt-payment-terms-service.h"
#include "cpt-warehouse-service.h"

/* The settings lists: warehouses, payment terms, delivery methods. Each
 * is a handful of rows, answered in one page. */

static void
begin_list (JsonBuilder *builder,
            const char  *name)
{
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
}

static void
end_list (CptApiRequest *request,
          JsonBuilder   *builder)
{
  json_builder_end_array (builder);
  cpt_api_json_add_string (builder, "next_cursor", NULL);
  json_builder_end_object (builder);
  cpt_api_request_reply_builder (request, 200, builder);
}

static void
warehouse_to_json (JsonBuilder  *builder,
                   CptWarehouse *warehouse)
{
  json_builder_begin_object (builder);
  cpt_api_json_add_int (builder, "id", cpt_warehouse_get_id (warehouse));
  cpt_api_json_add_string (builder, "name", cpt_warehouse_get_name (warehouse));
  cpt_api_address_to_json (builder, "address", cpt_warehouse_get_address (warehouse));
  cpt_api_json_add_bool (builder, "active", cpt_warehouse_get_active (warehouse));
  cpt_api_json_add_bool (builder, "is_default", cpt_warehouse_get_is_default (warehouse));
  json_builder_end_object (builder);
}

static void
list_warehouses (CptApiRequest *request)
{
  g_autoptr(GPtrArray) warehouses = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(GError) error = NULL;

  warehouses = cpt_warehouse_service_list (request->database, TRUE, &error);
  if (warehouses == NULL)
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  begin_list (builder, "warehouses");
  for (guint i = 0; i < warehouses->len; i++)
    warehouse_to_json (builder, g_ptr_array_index (warehouses, i));
  end_list (request, builder);
}

static void
create_warehouse (CptApiRequest *request)
{
  g_autoptr(CptApiInput) input = cpt_api_request_read_body (request);
  g_autoptr(CptWarehouse) warehouse = cpt_warehouse_new ();
  g_autoptr(CptAddress) address = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  gboolean flag = FALSE;

  if (input == NULL)
    return;
  if (cpt_api_input_string (input, "name", &name))
    cpt_warehouse_set_name (warehouse, name);
  if ((address = cpt_api_address_from_json (input, "address")) != NULL)
    cpt_warehouse_set_address (warehouse, address);
  if (cpt_api_input_bool (input, "is_default", &flag))
    cpt_warehouse_set_is_default (warehouse, flag);
  if (!cpt_api_request_check_input (request, input))
    return;
  if (!cpt_warehouse_service_create (request->database, warehouse, &error))
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  builder = json_builder_new_immutable ();
  warehouse_to_json (builder, warehouse);
  cpt_api_request_reply_builder (request, 201, builder);
}

static void
payment_terms_to_json (JsonBuilder     *builder,
                       CptPaymentTerms *terms)
{
  json_builder_begin_object (builder);
  cpt_api_json_add_int (builder, "id", cpt_payment_terms_get_id (terms));
  cpt_api_json_add_string (builder, "name", cpt_payment_terms_get_name (terms));
  cpt_api_json_add_int (builder, "days", cpt_payment_terms_get_days (terms));
  cpt_api_json_add_bool (builder, "end_of_month", cpt_payment_terms_get_end_of_month (terms));
  cpt_api_json_add_bool (builder, "active", cpt_payment_terms_get_active (terms));
  cpt_api_json_add_bool (builder, "is_default", cpt_payment_terms_get_is_default (terms));
  json_builder_end_object (builder);
}

static void
list_payment_terms (CptApiRequest *request)
{
  g_autoptr(GPtrArray) terms = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(GError) error = NULL;

  terms = cpt_payment_terms_service_list (request->database, TRUE, &error);
  if (terms == NULL)
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  begin_list (builder, "payment_terms");
  for (guint i = 0; i < terms->len; i++)
    payment_terms_to_json (builder, g_ptr_array_index (terms, i));
  end_list (request, builder);
}

static void
create_payment_terms (CptApiRequest *request)
{
  g_autoptr(CptApiInput) input = cpt_api_request_read_body (request);
  g_autoptr(CptPaymentTerms) terms = cpt_payment_terms_new ();
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  gboolean flag = FALSE;
  gint64 days = 0;

  if (input == NULL)
    return;
  if (cpt_api_input_string (input, "name", &name))
    cpt_payment_terms_set_name (terms, name);
  if (cpt_api_input_int (input, "days", 0, 365, &days))
    cpt_payment_terms_set_days (terms, (int) days);
  if (cpt_api_input_bool (input, "end_of_month", &flag))
    cpt_payment_terms_set_end_of_month (terms, flag);
  if (cpt_api_input_bool (input, "is_default", &flag))
    cpt_payment_terms_set_is_default (terms, flag);
  if (!cpt_api_request_check_input (request, input))
    return;
  if (!cpt_payment_terms_service_create (request->database, terms, &error))
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  builder = json_builder_new_immutable ();
  payment_terms_to_json (builder, terms);
  cpt_api_request_reply_builder (request, 201, builder);
}

static void
delivery_method_to_json (JsonBuilder       *builder,
                         CptDeliveryMethod *method)
{
  json_builder_begin_object (builder);
  cpt_api_json_add_int (builder, "id", cpt_delivery_method_get_id (method));
  cpt_api_json_add_string (builder, "name", cpt_delivery_method_get_name (method));
  cpt_api_json_add_bool (builder, "active", cpt_delivery_method_get_active (method));
  json_builder_end_object (builder);
}

static void
list_delivery_methods (CptApiRequest *request)
{
  g_autoptr(GPtrArray) methods = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(GError) error = NULL;

  methods = cpt_delivery_method_service_list (request->database, TRUE, &error);
  if (methods == NULL)
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  begin_list (builder, "delivery_methods");
  for (guint i = 0; i < methods->len; i++)
    delivery_method_to_json (builder, g_ptr_array_index (methods, i));
  end_list (request, builder);
}

static void
create_delivery_method (CptApiRequest *request)
{
  g_autoptr(CptApiInput) input = cpt_api_request_read_body (request);
  g_autoptr(CptDeliveryMethod) method = cpt_delivery_method_new ();
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  if (input == NULL)
    return;
  if (cpt_api_input_string (input, "name", &name))
    cpt_delivery_method_set_name (method, name);
  if (!cpt_api_request_check_input (request, input))
    return;
  if (!cpt_delivery_method_service_create (request->database, method, &error))
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  builder = json_builder_new_immutable ();
  delivery_method_to_json (builder, method);
  cpt_api_request_reply_builder (request, 201, builder);
}

void
cpt_api_lists_register (CptApiServer *server)
{
  cpt_api_server_add_route (server, "GET", "/api/v1/warehouses", list_warehouses);
  cpt_api_server_add_route (server, "POST", "/api/v1/warehouses", create_warehouse);
  cpt_api_server_add_route (server, "GET", "/api/v1/payment-terms", list_payment_terms);
  cpt_api_server_add_route (server, "POST", "/api/v1/payment-terms", create_payment_terms);
  cpt_api_server_add_route (server, "GET", "/api/v1/delivery-methods", list_delivery_methods);
  cpt_api_server_add_route (server, "POST", "/api/v1/delivery-methods", create_delivery_method);
}
