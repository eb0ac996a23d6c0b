/* cpt-api-shipments.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-api-shipments"

#include "config.h"

#include "cpt-api-documents.h"
#include "cpt-api-routes.h"
#include "cpt-document-builder.h"
#include "cpt-shipment-line.h"
#include "cpt-shipment-service.h"

static void
shipment_to_json (JsonBuilder *builder,
                  CptShipment *shipment)
{
  GListModel *lines = cpt_shipment_get_lines (shipment);

  json_builder_begin_object (builder);
  cpt_api_json_add_int (builder, "id", cpt_shipment_get_id (shipment));
  cpt_api_json_add_string (builder, "shipment_number", cpt_shipment_get_number (shipment));
  cpt_api_json_add_id (builder, "salesorder_id", cpt_shipment_get_order_id (shipment));
  cpt_api_json_add_string (builder, "salesorder_number", cpt_shipment_get_order_number (shipment));
  cpt_api_json_add_id (builder, "customer_id", cpt_shipment_get_customer_id (shipment));
  cpt_api_json_add_string (builder, "customer_name", cpt_shipment_get_customer_name (shipment));
  cpt_api_json_add_string (builder, "date", cpt_shipment_get_date (shipment));
  cpt_api_json_add_id (builder, "warehouse_id", cpt_shipment_get_warehouse_id (shipment));
  cpt_api_json_add_string (builder, "carrier", cpt_shipment_get_carrier (shipment));
  cpt_api_json_add_string (builder, "tracking_number", cpt_shipment_get_tracking_number (shipment));
  cpt_api_json_add_string (builder, "status", cpt_shipment_status_to_string (cpt_shipment_get_status (shipment)));
  cpt_api_json_add_string (builder, "delivered_at", cpt_shipment_get_delivered_at (shipment));
  json_builder_set_member_name (builder, "line_items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(CptShipmentLine) line = g_list_model_get_item (lines, i);

      json_builder_begin_object (builder);
      cpt_api_json_add_id (builder, "line_id", cpt_shipment_line_get_order_line_id (line));
      cpt_api_json_add_id (builder, "item_id", cpt_shipment_line_get_item_id (line));
      cpt_api_json_add_string (builder, "description", cpt_shipment_line_get_description (line));
      cpt_api_json_add_quantity (builder, "quantity", cpt_shipment_line_get_quantity (line));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
reply_shipment (CptApiRequest *request,
                guint          status,
                gint64         shipment_id)
{
  g_autoptr(CptShipment) shipment = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(GError) error = NULL;

  shipment = cpt_shipment_service_get (request->database, shipment_id, &error);
  if (shipment == NULL)
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  builder = json_builder_new_immutable ();
  shipment_to_json (builder, shipment);
  cpt_api_request_reply_builder (request, status, builder);
}

static void
create_shipment (CptApiRequest *request)
{
  g_autoptr(CptApiInput) input = cpt_api_request_read_body (request);
  g_autoptr(GArray) lines = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *carrier = NULL;
  g_autofree char *tracking = NULL;
  CptShipmentRequest shipment = { 0 };
  gint64 shipment_id;

  if (input == NULL)
    return;
  cpt_api_input_id (input, "warehouse_id", &shipment.warehouse_id);
  cpt_api_input_date (input, "date", &date);
  cpt_api_input_string (input, "carrier", &carrier);
  cpt_api_input_string (input, "tracking_number", &tracking);
  lines = cpt_api_read_line_quantities (input);
  if (!cpt_api_request_check_input (request, input))
    return;

  shipment.date = date;
  shipment.carrier = carrier;
  shipment.tracking_number = tracking;
  if (lines != NULL)
    {
      shipment.lines = (const CptLineQuantity *) lines->data;
      shipment.n_lines = lines->len;
    }
  shipment_id = cpt_shipment_service_create (request->database, cpt_api_request_get_id (request, 0),
                                             &shipment, &error);
  if (shipment_id <= 0)
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  reply_shipment (request, 201, shipment_id);
}

static void
list_shipments (CptApiRequest *request)
{
  CptShipmentQuery query = { 0 };
  g_autoptr(CptShipment) after = NULL;
  g_autoptr(GPtrArray) shipments = NULL;
  g_autoptr(GError) error = NULL;
  gint64 after_id = 0;
  guint limit;

  if (!cpt_api_request_get_limit (request, &limit) ||
      !cpt_api_request_get_query_id (request, "salesorder_id", &query.order_id) ||
      !cpt_api_request_get_cursor (request, "sh", &after_id))
    return;
  query.search = cpt_api_request_get_query (request, "search");

  if (after_id != 0 && (after = cpt_shipment_service_get (request->database, after_id, NULL)) == NULL)
    {
      cpt_api_request_reply_bad_cursor (request);
      return;
    }
  if (!cpt_shipment_service_list (request->database, &query, after, limit + 1, &shipments, &error))
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  cpt_api_request_reply_page (request, "shipments", shipments, limit, "sh",
                              (CptApiRowId) cpt_shipment_get_id, (CptApiRowToJson) shipment_to_json);
}

static void
get_shipment (CptApiRequest *request)
{
  gint64 shipment_id = cpt_api_request_get_id (request, 0);

  if (!cpt_api_request_reply_pdf_if_wanted (request, cpt_document_load_shipment, shipment_id))
    reply_shipment (request, 200, shipment_id);
}

static void
delete_shipment (CptApiRequest *request)
{
  cpt_api_request_reply_delete (request, cpt_shipment_service_delete);
}

static void
mark_delivered (CptApiRequest *request)
{
  g_autoptr(CptApiInput) input = cpt_api_request_read_body (request);
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  gint64 shipment_id = cpt_api_request_get_id (request, 0);

  if (input == NULL)
    return;
  cpt_api_input_date (input, "date", &date);
  if (!cpt_api_request_check_input (request, input))
    return;
  if (!cpt_shipment_service_mark_delivered (request->database, shipment_id, date, &error))
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  reply_shipment (request, 200, shipment_id);
}

void
cpt_api_shipments_register (CptApiServer *server)
{
  cpt_api_server_add_route (server, "POST", "/api/v1/salesorders/{id}/shipments", create_shipment);
  cpt_api_server_add_route (server, "GET", "/api/v1/shipments", list_shipments);
  cpt_api_server_add_route (server, "GET", "/api/v1/shipments/{id}", get_shipment);
  cpt_api_server_add_route (server, "DELETE", "/api/v1/shipments/{id}", delete_shipment);
  cpt_api_server_add_route (server, "POST", "/api/v1/shipments/{id}/delivered", mark_delivered);
}
