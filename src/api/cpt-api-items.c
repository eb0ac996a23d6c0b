/* cpt-api-items.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-api-items"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-api-orders.h"
#include "cpt-api-routes.h"
#include "cpt-item-service.h"

gboolean
cpt_api_orders_item_rate (gint64    item_id,
                          gint64   *rate,
                          gpointer  user_data)
{
  g_autoptr(CptItem) item = cpt_item_service_get (user_data, item_id, 0, NULL);

  if (item == NULL)
    return FALSE;
  *rate = cpt_item_get_rate (item);
  return TRUE;
}

static void
item_to_json (JsonBuilder *builder,
              CptItem     *item,
              GArray      *stock)
{
  json_builder_begin_object (builder);
  cpt_api_json_add_int (builder, "id", cpt_item_get_id (item));
  cpt_api_json_add_string (builder, "name", cpt_item_get_name (item));
  cpt_api_json_add_string (builder, "sku", cpt_item_get_sku (item));
  cpt_api_json_add_string (builder, "type", cpt_item_kind_to_string (cpt_item_get_kind (item)));
  cpt_api_json_add_string (builder, "unit", cpt_item_get_unit (item));
  cpt_api_json_add_money (builder, "rate", cpt_item_get_rate (item));
  cpt_api_json_add_id (builder, "tax_id", cpt_item_get_tax_id (item));
  cpt_api_json_add_bool (builder, "track_stock", cpt_item_get_track_stock (item));
  cpt_api_json_add_quantity (builder, "reorder_level", cpt_item_get_reorder_level (item));
  cpt_api_json_add_string (builder, "description", cpt_item_get_description (item));
  cpt_api_json_add_bool (builder, "active", cpt_item_get_active (item));
  /* What is missing to reach the reorder level, over all warehouses. */
  cpt_api_json_add_quantity (builder, "missing", cpt_item_get_missing (item));
  json_builder_set_member_name (builder, "stock");
  json_builder_begin_array (builder);
  for (guint i = 0; i < stock->len; i++)
    {
      const CptStockLevel *level = &g_array_index (stock, CptStockLevel, i);

      json_builder_begin_object (builder);
      cpt_api_json_add_int (builder, "warehouse_id", level->warehouse_id);
      cpt_api_json_add_quantity (builder, "on_hand", level->on_hand);
      cpt_api_json_add_quantity (builder, "committed", level->committed);
      cpt_api_json_add_quantity (builder, "available", level->available);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
reply_item (CptApiRequest *request,
            guint          status,
            gint64         item_id)
{
  g_autoptr(CptItem) item = NULL;
  g_autoptr(GArray) stock = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(GError) error = NULL;

  item = cpt_item_service_get (request->database, item_id, 0, &error);
  if (item != NULL)
    stock = cpt_item_service_get_stock (request->database, item_id, &error);
  if (item == NULL || stock == NULL)
    {
      cpt_api_request_reply_error (request, error);
      return;
    }

  builder = json_builder_new_immutable ();
  item_to_json (builder, item, stock);
  cpt_api_request_reply_builder (request, status, builder);
}

static void
read_text (CptApiInput  *input,
           const char   *name,
           CptItem      *item,
           void        (*setter) (CptItem *, const char *))
{
  g_autofree char *value = NULL;

  if (cpt_api_input_string (input, name, &value))
    setter (item, value);
  else if (cpt_api_input_is_null (input, name))
    setter (item, NULL);
}

static gboolean
item_from_body (CptApiRequest *request,
                CptItem       *item)
{
  static const char * const kinds[] = { "goods", "service", NULL };
  g_autoptr(CptApiInput) input = cpt_api_request_read_body (request);
  gint64 amount = 0, id = 0;
  gboolean flag = FALSE;
  guint kind = 0;

  if (input == NULL)
    return FALSE;

  read_text (input, "name", item, cpt_item_set_name);
  read_text (input, "sku", item, cpt_item_set_sku);
  read_text (input, "unit", item, cpt_item_set_unit);
  read_text (input, "description", item, cpt_item_set_description);
  if (cpt_api_input_choice (input, "type", kinds, &kind))
    cpt_item_set_kind (item, kind == 0 ? CPT_ITEM_KIND_GOODS : CPT_ITEM_KIND_SERVICE);
  if (cpt_api_input_money (input, "rate", &amount))
    cpt_item_set_rate (item, amount);
  if (cpt_api_input_id (input, "tax_id", &id))
    cpt_item_set_tax_id (item, id);
  if (cpt_api_input_bool (input, "track_stock", &flag))
    cpt_item_set_track_stock (item, flag);
  if (cpt_api_input_quantity (input, "reorder_level", &amount))
    cpt_item_set_reorder_level (item, amount);
  if (cpt_api_input_bool (input, "active", &flag))
    cpt_item_set_active (item, flag);

  return cpt_api_request_check_input (request, input);
}

static void
list_items (CptApiRequest *request)
{
  g_autoptr(CptItemQuery) query = cpt_item_query_new ();
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *next_cursor = NULL;
  const char *to_reorder = cpt_api_request_get_query (request, "to_reorder");
  guint limit;

  if (!cpt_api_request_get_limit (request, &limit))
    return;

  query->search = g_strdup (cpt_api_request_get_query (request, "search"));
  query->to_reorder = (g_strcmp0 (to_reorder, "true") == 0 || g_strcmp0 (to_reorder, "1") == 0);
  items = cpt_item_service_list (request->database, query,
                                 cpt_api_request_get_query (request, "cursor"),
                                 limit, &next_cursor, &error);
  if (items == NULL)
    {
      cpt_api_request_reply_error (request, error);
      return;
    }

  builder = json_builder_new_immutable ();
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < items->len; i++)
    {
      CptItem *item = g_ptr_array_index (items, i);
      g_autoptr(GArray) stock = cpt_item_service_get_stock (request->database, cpt_item_get_id (item), &error);

      if (stock == NULL)
        {
          cpt_api_request_reply_error (request, error);
          return;
        }
      item_to_json (builder, item, stock);
    }
  json_builder_end_array (builder);
  cpt_api_json_add_string (builder, "next_cursor", next_cursor);
  json_builder_end_object (builder);
  cpt_api_request_reply_builder (request, 200, builder);
}

static void
create_item (CptApiRequest *request)
{
  g_autoptr(CptItem) item = cpt_item_new ();
  g_autoptr(GError) error = NULL;

  if (!item_from_body (request, item))
    return;
  if (!cpt_item_service_create (request->database, item, &error))
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  reply_item (request, 201, cpt_item_get_id (item));
}

static void
get_item (CptApiRequest *request)
{
  reply_item (request, 200, cpt_api_request_get_id (request, 0));
}

static void
update_item (CptApiRequest *request)
{
  g_autoptr(CptItem) item = NULL;
  g_autoptr(GError) error = NULL;

  item = cpt_item_service_get (request->database, cpt_api_request_get_id (request, 0), 0, &error);
  if (item == NULL)
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  if (!item_from_body (request, item))
    return;
  if (!cpt_item_service_update (request->database, item, &error))
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  reply_item (request, 200, cpt_item_get_id (item));
}

static void
adjust_stock (CptApiRequest *request)
{
  g_autoptr(CptApiInput) input = cpt_api_request_read_body (request);
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;
  gint64 warehouse_id = 0, quantity = 0;
  gint64 item_id = cpt_api_request_get_id (request, 0);

  if (input == NULL)
    return;
  if (!cpt_api_input_id (input, "warehouse_id", &warehouse_id) && !cpt_api_input_has (input, "warehouse_id"))
    cpt_api_input_add_detail (input, "warehouse_id", _("The warehouse is missing."));
  if (!cpt_api_input_quantity (input, "quantity", &quantity) && !cpt_api_input_has (input, "quantity"))
    cpt_api_input_add_detail (input, "quantity", _("The quantity is missing."));
  cpt_api_input_string (input, "reason", &reason);
  if (!cpt_api_request_check_input (request, input))
    return;

  if (!cpt_item_service_adjust_stock (request->database, item_id, warehouse_id, quantity, reason, &error))
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  reply_item (request, 201, item_id);
}

void
cpt_api_items_register (CptApiServer *server)
{
  cpt_api_server_add_route (server, "GET", "/api/v1/items", list_items);
  cpt_api_server_add_route (server, "POST", "/api/v1/items", create_item);
  cpt_api_server_add_route (server, "GET", "/api/v1/items/{id}", get_item);
  cpt_api_server_add_route (server, "PUT", "/api/v1/items/{id}", update_item);
  cpt_api_server_add_route (server, "POST", "/api/v1/items/{id}/adjustments", adjust_stock);
}
