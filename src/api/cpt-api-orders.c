/* cpt-api-orders.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-api-orders"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-api-documents.h"
#include "cpt-api-order-json.h"
#include "cpt-api-orders.h"
#include "cpt-api-routes.h"
#include "cpt-document-builder.h"
#include "cpt-document-tax.h"
#include "cpt-merge-rules.h"
#include "cpt-order-merge.h"
#include "cpt-order-service.h"

/* The whole order as the contract shapes it, with the saved VAT summary. */
void
cpt_api_orders_reply_order (CptApiRequest *request,
                            guint          status,
                            gint64         order_id)
{
  g_autoptr(CptOrder) order = NULL;
  g_autoptr(GPtrArray) taxes = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(GError) error = NULL;

  order = cpt_order_service_get (request->database, order_id, &error);
  if (order != NULL)
    taxes = cpt_order_service_get_taxes (request->database, order_id, &error);
  if (order == NULL || taxes == NULL)
    {
      cpt_api_request_reply_error (request, error);
      return;
    }

  builder = json_builder_new_immutable ();
  json_builder_begin_object (builder);
  cpt_api_order_to_json_members (builder, order);
  json_builder_set_member_name (builder, "taxes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < taxes->len; i++)
    cpt_api_tax_row_to_json (builder, g_ptr_array_index (taxes, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  cpt_api_request_reply_builder (request, status, builder);
}

static void
summary_to_json (JsonBuilder     *builder,
                 CptOrderSummary *summary)
{
  json_builder_begin_object (builder);
  cpt_api_json_add_int (builder, "id", cpt_order_summary_get_id (summary));
  cpt_api_json_add_string (builder, "salesorder_number", cpt_order_summary_get_number (summary));
  cpt_api_json_add_string (builder, "date", cpt_order_summary_get_date (summary));
  cpt_api_json_add_string (builder, "reference", cpt_order_summary_get_reference (summary));
  cpt_api_json_add_string (builder, "customer_name", cpt_order_summary_get_customer_name (summary));
  cpt_api_json_add_string (builder, "status", cpt_order_status_to_string (cpt_order_summary_get_status (summary)));
  cpt_api_json_add_string (builder, "invoiced_status",
                           cpt_invoiced_status_to_string (cpt_order_summary_get_invoiced_status (summary)));
  cpt_api_json_add_string (builder, "shipped_status",
                           cpt_shipped_status_to_string (cpt_order_summary_get_shipped_status (summary)));
  cpt_api_json_add_string (builder, "shipment_date", cpt_order_summary_get_shipment_date (summary));
  cpt_api_json_add_money (builder, "total", cpt_order_summary_get_total (summary));
  cpt_api_json_add_string (builder, "marketplace", cpt_order_summary_get_marketplace (summary));
  json_builder_end_object (builder);
}

static gboolean
read_order_query (CptApiRequest *request,
                  CptOrderQuery *query)
{
  static const char * const sort_names[] = { "date", "number", "total", NULL };
  static const CptOrderSort sorts[] = { CPT_ORDER_SORT_DATE, CPT_ORDER_SORT_NUMBER, CPT_ORDER_SORT_TOTAL };
  const char *status = cpt_api_request_get_query (request, "status");
  guint sort = G_N_ELEMENTS (sorts);

  if (status != NULL)
    {
      CptOrderStatus value;

      if (!cpt_order_status_from_string (status, &value))
        {
          cpt_api_request_reply_query_error (request, "status",
                             _("The status filter must be draft, confirmed, closed or void."));
          return FALSE;
        }
      query->status = value;
    }

  if (!cpt_api_request_get_query_id (request, "customer_id", &query->customer_id))
    return FALSE;

  if (!cpt_api_request_get_sort (request, sort_names,
                                 _("The sort must be date, -date, number, -number, total or -total."),
                                 &sort, &query->descending))
    return FALSE;
  if (sort < G_N_ELEMENTS (sorts))
    query->sort = sorts[sort];

  query->search = cpt_api_request_get_query (request, "search");
  return TRUE;
}

static void
list_orders (CptApiRequest *request)
{
  CptOrderQuery query = CPT_ORDER_QUERY_INIT;
  g_autoptr(GPtrArray) summaries = NULL;
  g_autoptr(GError) error = NULL;
  gint64 after_id = 0;
  guint limit;
  gboolean ok;

  if (!cpt_api_request_get_limit (request, &limit) || !read_order_query (request, &query) ||
      !cpt_api_request_get_cursor (request, "so", &after_id))
    return;

  if (after_id != 0)
    {
      g_autoptr(GPtrArray) after = NULL;

      if (!cpt_order_service_get_summaries (request->database, &after_id, 1, &after, &error))
        {
          cpt_api_request_reply_error (request, error);
          return;
        }
      if (after->len == 0)
        {
          cpt_api_request_reply_bad_cursor (request);
          return;
        }
      ok = cpt_order_service_next_page (request->database, &query, g_ptr_array_index (after, 0),
                                        limit + 1, &summaries, &error);
    }
  else
    ok = cpt_order_service_first_page (request->database, &query, limit + 1, &summaries, &error);

  if (!ok)
    {
      cpt_api_request_reply_error (request, error);
      return;
    }

  cpt_api_request_reply_page (request, "salesorders", summaries, limit, "so",
                              (CptApiRowId) cpt_order_summary_get_id, (CptApiRowToJson) summary_to_json);
}

static void
create_order (CptApiRequest *request)
{
  g_autoptr(CptApiInput) input = cpt_api_request_read_body (request);
  g_autoptr(CptOrder) order = NULL;
  g_autoptr(GError) error = NULL;

  if (input == NULL)
    return;

  order = cpt_order_new ();
  cpt_order_set_status (order, CPT_ORDER_STATUS_DRAFT);
  cpt_api_order_from_json (input, order, cpt_api_orders_item_rate, request->database);
  if (!cpt_api_request_check_input (request, input))
    return;

  if (!cpt_order_service_create (request->database, order, &error))
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  cpt_api_orders_reply_order (request, 201, cpt_order_get_id (order));
}

static void
get_order (CptApiRequest *request)
{
  gint64 order_id = cpt_api_request_get_id (request, 0);

  if (!cpt_api_request_reply_pdf_if_wanted (request, cpt_document_load_order, order_id))
    cpt_api_orders_reply_order (request, 200, order_id);
}

static void
update_order (CptApiRequest *request)
{
  g_autoptr(CptOrder) order = NULL;
  g_autoptr(CptApiInput) input = NULL;
  g_autoptr(GError) error = NULL;

  order = cpt_order_service_get (request->database, cpt_api_request_get_id (request, 0), &error);
  if (order == NULL)
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  if ((input = cpt_api_request_read_body (request)) == NULL)
    return;
  cpt_api_order_from_json (input, order, cpt_api_orders_item_rate, request->database);
  if (!cpt_api_request_check_input (request, input))
    return;

  if (!cpt_order_service_update (request->database, order, &error))
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  cpt_api_orders_reply_order (request, 200, cpt_order_get_id (order));
}

static void
delete_order (CptApiRequest *request)
{
  cpt_api_request_reply_delete (request, cpt_order_service_delete);
}

static void
confirm_order (CptApiRequest *request)
{
  g_autoptr(GError) error = NULL;
  gint64 order_id = cpt_api_request_get_id (request, 0);

  if (!cpt_order_service_confirm (request->database, order_id, &error))
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  cpt_api_orders_reply_order (request, 200, order_id);
}

static void
void_order (CptApiRequest *request)
{
  g_autoptr(CptApiInput) input = cpt_api_request_read_body (request);
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;
  gint64 order_id = cpt_api_request_get_id (request, 0);

  if (input == NULL)
    return;
  cpt_api_input_string (input, "reason", &reason);
  if (!cpt_api_request_check_input (request, input))
    return;

  if (!cpt_order_service_void (request->database, order_id, reason, &error))
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  cpt_api_orders_reply_order (request, 200, order_id);
}

static void
duplicate_order (CptApiRequest *request)
{
  g_autoptr(GError) error = NULL;
  gint64 copy_id;

  copy_id = cpt_order_service_duplicate (request->database, cpt_api_request_get_id (request, 0), &error);
  if (copy_id <= 0)
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  cpt_api_orders_reply_order (request, 201, copy_id);
}

static void
merge_orders (CptApiRequest *request)
{
  g_autoptr(CptApiInput) input = cpt_api_request_read_body (request);
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(GError) error = NULL;
  JsonArray *ids;
  gint64 pair[2] = { 0, 0 };
  gint64 keep_id = 0, kept_id = 0;
  guint n_details;

  if (input == NULL)
    return;
  n_details = cpt_api_input_get_details (input)->len;
  ids = cpt_api_input_array (input, "salesorder_ids");
  for (guint i = 0; ids != NULL && json_array_get_length (ids) == 2 && i < 2; i++)
    {
      JsonNode *node = json_array_get_element (ids, i);

      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
        pair[i] = json_node_get_int (node);
    }
  if ((pair[0] <= 0 || pair[1] <= 0) && cpt_api_input_get_details (input)->len == n_details)
    cpt_api_input_add_detail (input, "salesorder_ids", _("Give exactly two order ids to merge."));
  cpt_api_input_id (input, "keep_id", &keep_id);
  if (!cpt_api_request_check_input (request, input))
    return;

  if (!cpt_order_merge_full (request->database, pair[0], pair[1], keep_id, &kept_id, &failures, &error))
    {
      /* One detail per failed precondition, with its machine code. */
      g_autoptr(GPtrArray) details = g_ptr_array_new_with_free_func ((GDestroyNotify) cpt_api_detail_free);

      for (guint i = 0; failures != NULL && i < failures->len; i++)
        {
          const CptMergeFailure *failure = g_ptr_array_index (failures, i);

          g_ptr_array_add (details, cpt_api_detail_new (failure->code, NULL, failure->message));
        }
      cpt_api_request_reply_error_details (request, error, details);
      return;
    }
  cpt_api_orders_reply_order (request, 200, kept_id);
}

void
cpt_api_orders_register (CptApiServer *server)
{
  cpt_api_server_add_route (server, "GET", "/api/v1/salesorders", list_orders);
  cpt_api_server_add_route (server, "POST", "/api/v1/salesorders", create_order);
  cpt_api_server_add_route (server, "POST", "/api/v1/salesorders/merge", merge_orders);
  cpt_api_server_add_route (server, "GET", "/api/v1/salesorders/{id}", get_order);
  cpt_api_server_add_route (server, "PUT", "/api/v1/salesorders/{id}", update_order);
  cpt_api_server_add_route (server, "DELETE", "/api/v1/salesorders/{id}", delete_order);
  cpt_api_server_add_route (server, "POST", "/api/v1/salesorders/{id}/confirm", confirm_order);
  cpt_api_server_add_route (server, "POST", "/api/v1/salesorders/{id}/void", void_order);
  cpt_api_server_add_route (server, "POST", "/api/v1/salesorders/{id}/duplicate", duplicate_order);
}
