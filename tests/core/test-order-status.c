/* test-order-status.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cpt-order-status.h"

/* Checks the names of an enum both ways, against its GEnum nicks too. */
#define CHECK_NAMES(type_name, TypeName, gtype, names, labels)                  \
  G_STMT_START {                                                                \
    g_autoptr(GEnumClass) klass = g_type_class_ref (gtype);                     \
                                                                                \
    g_assert_cmpuint (klass->n_values, ==, G_N_ELEMENTS (names));               \
    for (guint i = 0; i < G_N_ELEMENTS (names); i++)                            \
      {                                                                         \
        TypeName value = 99;                                                    \
                                                                                \
        g_assert_cmpstr (type_name##_to_string (i), ==, names[i]);              \
        g_assert_true (type_name##_from_string (names[i], &value));             \
        g_assert_cmpint (value, ==, i);                                         \
        g_assert_cmpstr (type_name##_get_label (i), ==, labels[i]);             \
        g_assert_cmpstr (g_enum_get_value (klass, i)->value_nick, ==, names[i]); \
      }                                                                         \
    g_assert_false (type_name##_from_string (NULL, NULL));                      \
    g_assert_false (type_name##_from_string ("", NULL));                        \
    g_assert_false (type_name##_from_string ("Draft", NULL));                   \
    g_assert_false (type_name##_from_string ("unknown", NULL));                 \
  } G_STMT_END

static void
test_order_status_names (void)
{
  static const char *names[] = { "draft", "confirmed", "closed", "void" };
  static const char *labels[] = { "Draft", "Confirmed", "Closed", "Void" };

  CHECK_NAMES (cpt_order_status, CptOrderStatus, CPT_TYPE_ORDER_STATUS, names, labels);
}

static void
test_invoiced_status_names (void)
{
  static const char *names[] = { "not_invoiced", "partially_invoiced", "invoiced" };
  static const char *labels[] = { "Not invoiced", "Partially invoiced", "Invoiced" };

  CHECK_NAMES (cpt_invoiced_status, CptInvoicedStatus, CPT_TYPE_INVOICED_STATUS, names, labels);
}

static void
test_shipped_status_names (void)
{
  static const char *names[] = { "not_shipped", "partially_shipped", "shipped" };
  static const char *labels[] = { "Not shipped", "Partially shipped", "Shipped" };

  CHECK_NAMES (cpt_shipped_status, CptShippedStatus, CPT_TYPE_SHIPPED_STATUS, names, labels);
}

static void
test_invoice_status_names (void)
{
  static const char *names[] = { "draft", "issued", "sent", "paid", "credited" };
  static const char *labels[] = { "Draft", "Issued", "Sent", "Paid", "Credited" };

  CHECK_NAMES (cpt_invoice_status, CptInvoiceStatus, CPT_TYPE_INVOICE_STATUS, names, labels);
}

static void
test_shipment_status_names (void)
{
  static const char *names[] = { "shipped", "delivered" };
  static const char *labels[] = { "Shipped", "Delivered" };

  CHECK_NAMES (cpt_shipment_status, CptShipmentStatus, CPT_TYPE_SHIPMENT_STATUS, names, labels);
}

static void
test_invoiced_status_compute (void)
{
  /* Three lines: 2, 1,5 and 0 ordered (the last one ignored). */
  const gint64 ordered[] = { 2000, 1500, 0 };
  const gint64 none[] = { 0, 0, 0 };
  const gint64 part_of_one[] = { 500, 0, 0 };
  const gint64 one_line[] = { 2000, 0, 0 };
  const gint64 all[] = { 2000, 1500, 0 };
  const gint64 more[] = { 3000, 1500, 0 };
  const gint64 almost[] = { 2000, 1499, 0 };

  g_assert_cmpint (cpt_invoiced_status_compute (ordered, none, 3), ==,
                   CPT_INVOICED_STATUS_NOT_INVOICED);
  g_assert_cmpint (cpt_invoiced_status_compute (ordered, part_of_one, 3), ==,
                   CPT_INVOICED_STATUS_PARTIALLY_INVOICED);
  g_assert_cmpint (cpt_invoiced_status_compute (ordered, one_line, 3), ==,
                   CPT_INVOICED_STATUS_PARTIALLY_INVOICED);
  g_assert_cmpint (cpt_invoiced_status_compute (ordered, almost, 3), ==,
                   CPT_INVOICED_STATUS_PARTIALLY_INVOICED);
  g_assert_cmpint (cpt_invoiced_status_compute (ordered, all, 3), ==,
                   CPT_INVOICED_STATUS_INVOICED);
  g_assert_cmpint (cpt_invoiced_status_compute (ordered, more, 3), ==,
                   CPT_INVOICED_STATUS_INVOICED);
  /* Nothing to invoice. */
  g_assert_cmpint (cpt_invoiced_status_compute (NULL, NULL, 0), ==,
                   CPT_INVOICED_STATUS_NOT_INVOICED);
  g_assert_cmpint (cpt_invoiced_status_compute (none, none, 3), ==,
                   CPT_INVOICED_STATUS_NOT_INVOICED);
}

static void
test_shipped_status_compute (void)
{
  /* Goods (2), a service (1, never shipped), goods (3), a line of 0. */
  const gint64 ordered[] = { 2000, 1000, 3000, 0 };
  const gboolean shippable[] = { TRUE, FALSE, TRUE, TRUE };
  const gint64 none[] = { 0, 0, 0, 0 };
  const gint64 some[] = { 0, 0, 1000, 0 };
  const gint64 goods[] = { 2000, 0, 3000, 0 };
  const gint64 almost[] = { 2000, 0, 2999, 0 };
  const gboolean services[] = { FALSE, FALSE, FALSE, FALSE };

  g_assert_cmpint (cpt_shipped_status_compute (ordered, none, shippable, 4), ==,
                   CPT_SHIPPED_STATUS_NOT_SHIPPED);
  g_assert_cmpint (cpt_shipped_status_compute (ordered, some, shippable, 4), ==,
                   CPT_SHIPPED_STATUS_PARTIALLY_SHIPPED);
  g_assert_cmpint (cpt_shipped_status_compute (ordered, almost, shippable, 4), ==,
                   CPT_SHIPPED_STATUS_PARTIALLY_SHIPPED);
  /* The service line does not hold shipping back. */
  g_assert_cmpint (cpt_shipped_status_compute (ordered, goods, shippable, 4), ==,
                   CPT_SHIPPED_STATUS_SHIPPED);
  /* Services only: nothing is left to ship. */
  g_assert_cmpint (cpt_shipped_status_compute (ordered, none, services, 4), ==,
                   CPT_SHIPPED_STATUS_SHIPPED);
  /* An empty order has shipped nothing. */
  g_assert_cmpint (cpt_shipped_status_compute (NULL, NULL, NULL, 0), ==,
                   CPT_SHIPPED_STATUS_NOT_SHIPPED);
  g_assert_cmpint (cpt_shipped_status_compute (none, none, shippable, 4), ==,
                   CPT_SHIPPED_STATUS_NOT_SHIPPED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/order-status/names/order", test_order_status_names);
  g_test_add_func ("/order-status/names/invoiced", test_invoiced_status_names);
  g_test_add_func ("/order-status/names/shipped", test_shipped_status_names);
  g_test_add_func ("/order-status/names/invoice", test_invoice_status_names);
  g_test_add_func ("/order-status/names/shipment", test_shipment_status_names);
  g_test_add_func ("/order-status/compute/invoiced", test_invoiced_status_compute);
  g_test_add_func ("/order-status/compute/shipped", test_shipped_status_compute);

  return g_test_run ();
}
