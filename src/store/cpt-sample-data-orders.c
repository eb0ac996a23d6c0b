/* cpt-sample-data-orders.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-sample-data"

#include "config.h"

#include "cpt-item-service.h"
#include "cpt-order-service.h"
#include "cpt-sample-data-private.h"
#include "cpt-totals.h"

#define N_ORDERS 150

static const char * const salespeople[] = { "Claire", "Julien", "Sophie" };

static const char * const void_reasons[] = {
  "Le client a annulé sa commande.",
  "Commande passée en double.",
  "Délai de livraison trop long pour le client.",
};

static gint64
pick (GRand  *rand,
      GArray *ids)
{
  return g_array_index (ids, gint64, g_rand_int_range (rand, 0, ids->len));
}

static CptOrderLine *
make_line (CptDatabase       *db,
           CptSampleContext  *context,
           gint64             item_id,
           gint64             quantity,
           GError           **error)
{
  g_autoptr(CptItem) item = cpt_item_service_get (db, item_id, 0, error);
  CptOrderLine *line;

  if (item == NULL)
    return NULL;

  line = cpt_order_line_new ();
  cpt_order_line_set_item_id (line, item_id);
  cpt_order_line_set_description (line, cpt_item_get_name (item));
  cpt_order_line_set_quantity (line, quantity);
  cpt_order_line_set_unit (line, cpt_item_get_unit (item));
  cpt_order_line_set_rate (line, cpt_item_get_rate (item));
  cpt_order_line_set_tax_id (line, cpt_item_get_tax_id (item));
  return line;
}

/* Order @index of N_ORDERS, oldest first, spread over the last six months.
 * The newest are drafts, a few are void, the rest confirmed; some carry a
 * discount, shipping charges, a rounding adjustment, or come from a
 * marketplace. */
static CptOrder *
make_order (CptDatabase       *db,
            CptSampleContext  *context,
            guint              index,
            GError           **error)
{
  g_autoptr(CptOrder) order = cpt_order_new ();
  g_autofree char *date = cpt_sample_context_date (context, (N_ORDERS - index) * 180 / N_ORDERS);
  g_autofree char *shipment_date = cpt_sample_context_date (context, (int) ((N_ORDERS - index) * 180 / N_ORDERS) - 7);
  GRand *rand = context->rand;
  guint n_lines = g_rand_int_range (rand, 1, 6);

  cpt_order_set_customer_id (order, pick (rand, context->customer_ids));
  cpt_order_set_date (order, date);
  cpt_order_set_shipment_date (order, shipment_date);
  cpt_order_set_warehouse_id (order, context->warehouses[index % 4 == 3 ? 1 : 0]);
  cpt_order_set_salesperson (order, salespeople[index % G_N_ELEMENTS (salespeople)]);
  if (index % 3 == 0)
    {
      g_autofree char *reference = g_strdup_printf ("BC-%04u", 1200 + index * 7);

      cpt_order_set_reference (order, reference);
    }

  for (guint i = 0; i < n_lines; i++)
    {
      gint64 item = pick (rand, context->goods_ids);
      gint64 quantity = g_rand_int_range (rand, 1, 7) * 1000;
      CptOrderLine *line = make_line (db, context, item, quantity, error);

      if (line == NULL)
        return NULL;
      if (i == 1 && index % 7 == 0)
        cpt_order_line_set_discount (line, 1000);
      cpt_order_add_line (order, line);
      g_object_unref (line);
    }
  if (index % 5 == 2)
    {
      CptOrderLine *line = make_line (db, context, pick (rand, context->service_ids),
                                      g_rand_int_range (rand, 1, 4) * 1000, error);

      if (line == NULL)
        return NULL;
      cpt_order_add_line (order, line);
      g_object_unref (line);
    }
  if (index % 17 == 8)
    {
      CptOrderLine *line = cpt_order_line_new ();

      cpt_order_line_set_description (line, "Gravure personnalisée du socle");
      cpt_order_line_set_quantity (line, 1000);
      cpt_order_line_set_unit (line, "forfait");
      cpt_order_line_set_rate (line, 2500);
      cpt_order_line_set_tax_id (line, context->tax_standard);
      cpt_order_add_line (order, line);
      g_object_unref (line);
    }

  if (index % 6 == 1)
    {
      cpt_order_set_discount_kind (order, CPT_DISCOUNT_PERCENT);
      cpt_order_set_discount_value (order, index % 12 == 1 ? 1000 : 500);
    }
  else if (index % 13 == 4)
    {
      cpt_order_set_discount_kind (order, CPT_DISCOUNT_AMOUNT);
      cpt_order_set_discount_value (order, 2000);
    }
  if (index % 4 == 0)
    {
      cpt_order_set_shipping_charge (order, 1490);
      cpt_order_set_shipping_tax_id (order, context->tax_standard);
    }
  if (index % 19 == 10)
    {
      cpt_order_set_adjustment (order, -40);
      cpt_order_set_adjustment_description (order, "Arrondi");
    }
  if (index % 23 == 11)
    cpt_order_set_marketplace (order, index % 2 ? "ManoMano" : "Etsy");
  if (index % 9 == 3)
    cpt_order_set_notes (order, "Merci de livrer entre 9 h et 12 h.");
  cpt_order_set_terms (order, "Marchandise livrée dans son emballage d'origine ; "
                              "retours acceptés sous 14 jours.");

  cpt_order_set_status (order, index >= N_ORDERS - 25 ? CPT_ORDER_STATUS_DRAFT
                                                      : CPT_ORDER_STATUS_CONFIRMED);

  return g_steal_pointer (&order);
}

gboolean
cpt_sample_data_load_orders (CptDatabase       *db,
                             CptSampleContext  *context,
                             GError           **error)
{
  for (guint index = 0; index < N_ORDERS; index++)
    {
      g_autoptr(CptOrder) order = make_order (db, context, index, error);
      gint64 id;

      if (order == NULL || !cpt_order_service_create (db, order, error))
        return FALSE;
      id = cpt_order_get_id (order);

      if (index % 15 == 7)
        {
          if (!cpt_order_service_void (db, id, void_reasons[index % G_N_ELEMENTS (void_reasons)], error))
            return FALSE;
        }
      else if (cpt_order_get_status (order) == CPT_ORDER_STATUS_CONFIRMED)
        g_array_append_val (context->confirmed_ids, id);
    }

  return TRUE;
}
