/* lifecycle-fixture.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lifecycle-fixture.h"

#include "cpt-order-service.h"

void
lifecycle_fixture_set_up (LifecycleFixture *f,
                          gconstpointer     data)
{
  f->dir = store_test_make_dir ();
  f->db = fixture_open (f->dir);
  f->customer_id = fixture_add_customer (f->db, "Boulangerie Martin", "Paris");
  f->item_a = fixture_add_item (f->db, "Chaise", 1000, TAX_20);
  f->item_b = fixture_add_item (f->db, "Table", 2500, TAX_20);
  store_test_exec (f->db, "INSERT INTO stock_movements (item_id, warehouse_id, quantity, kind, reason)"
                          " SELECT id, 1, 10000, 'adjustment', 'Inventaire' FROM items");
}

void
lifecycle_fixture_tear_down (LifecycleFixture *f,
                             gconstpointer     data)
{
  g_clear_object (&f->db);
  store_test_remove_dir (f->dir);
  g_free (f->dir);
}

gint64
lifecycle_order (LifecycleFixture *f,
                 gint64            customer_id,
                 const char       *date,
                 gint64            qty_a,
                 gint64            qty_b,
                 CptOrderStatus    status)
{
  g_autoptr(CptOrder) order = cpt_order_new ();
  g_autoptr(GError) error = NULL;
  const struct { gint64 item, qty, rate; } lines[] = {
    { f->item_a, qty_a, 1000 }, { f->item_b, qty_b, 2500 },
  };

  cpt_order_set_customer_id (order, customer_id);
  cpt_order_set_date (order, date);
  cpt_order_set_warehouse_id (order, 1);
  cpt_order_set_status (order, status == CPT_ORDER_STATUS_DRAFT ? CPT_ORDER_STATUS_DRAFT
                                                                 : CPT_ORDER_STATUS_CONFIRMED);
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autoptr(CptOrderLine) line = NULL;

      if (lines[i].qty == 0)
        continue;
      line = cpt_order_line_new ();
      cpt_order_line_set_item_id (line, lines[i].item);
      cpt_order_line_set_quantity (line, lines[i].qty);
      cpt_order_line_set_rate (line, lines[i].rate);
      cpt_order_line_set_tax_id (line, TAX_20);
      cpt_order_add_line (order, line);
    }
  cpt_order_service_create (f->db, order, &error);
  g_assert_no_error (error);
  return cpt_order_get_id (order);
}

gint64
lifecycle_line_id (LifecycleFixture *f,
                   gint64            order_id,
                   int               position)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM sales_order_lines WHERE order_id = %"
                                          G_GINT64_FORMAT " ORDER BY position, id LIMIT 1 OFFSET %d",
                                          order_id, position);
  return store_test_query_int (f->db, sql);
}

gint64
lifecycle_stock (LifecycleFixture *f,
                 gint64            item_id,
                 const char       *column)
{
  g_autofree char *sql = g_strdup_printf ("SELECT %s FROM stock_levels WHERE item_id = %" G_GINT64_FORMAT
                                          " AND warehouse_id = 1", column, item_id);
  return store_test_query_int (f->db, sql);
}
