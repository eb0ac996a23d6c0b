/* test-merge-rules.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cpt-error.h"
#include "cpt-merge-rules.h"

#define ADDRESS "12 rue des Lilas\n69003 Lyon\nFrance"

static CptMergeCandidate
candidate (gint64      id,
           const char *number)
{
  CptMergeCandidate c = {
    id, 7, ADDRESS, ADDRESS, CPT_ORDER_STATUS_CONFIRMED, 0, 0, NULL, number,
  };

  return c;
}

static void
assert_failure (GPtrArray           *failures,
                guint                i,
                CptMergeFailureKind  kind,
                const char          *code,
                gint64               order_id,
                const char          *message)
{
  const CptMergeFailure *failure;

  g_assert_cmpuint (i, <, failures->len);
  failure = g_ptr_array_index (failures, i);
  g_assert_cmpint (failure->kind, ==, kind);
  g_assert_cmpstr (failure->code, ==, code);
  g_assert_cmpstr (cpt_merge_failure_kind_to_string (kind), ==, code);
  g_assert_cmpint (failure->order_id, ==, order_id);
  g_assert_cmpstr (failure->message, ==, message);
}

static void
test_mergeable (void)
{
  CptMergeCandidate a = candidate (1, "CC-00041");
  CptMergeCandidate b = candidate (2, "CC-00042");
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(GError) error = NULL;

  failures = cpt_merge_rules_check (&a, &b);
  g_assert_cmpuint (failures->len, ==, 0);
  g_assert_true (cpt_merge_rules_to_error (failures, &error));
  g_assert_no_error (error);
  g_clear_pointer (&failures, g_ptr_array_unref);

  /* Two drafts; a missing address equals an empty one. */
  a.status = b.status = CPT_ORDER_STATUS_DRAFT;
  a.shipping_address = NULL;
  b.shipping_address = "";
  a.marketplace = "";
  failures = cpt_merge_rules_check (&a, &b);
  g_assert_cmpuint (failures->len, ==, 0);
}

static void
test_each_precondition (void)
{
  CptMergeCandidate a = candidate (1, "CC-00041");
  CptMergeCandidate b = candidate (2, "CC-00042");
  g_autoptr(GPtrArray) failures = NULL;

  b.customer_id = 8;
  failures = cpt_merge_rules_check (&a, &b);
  g_assert_cmpuint (failures->len, ==, 1);
  assert_failure (failures, 0, CPT_MERGE_FAILURE_DIFFERENT_CUSTOMER, "different_customer", 0,
                  "Orders CC-00041 and CC-00042 belong to different customers.");
  g_clear_pointer (&failures, g_ptr_array_unref);
  b.customer_id = a.customer_id;

  b.billing_address = "1 place Bellecour\n69002 Lyon\nFrance";
  failures = cpt_merge_rules_check (&a, &b);
  g_assert_cmpuint (failures->len, ==, 1);
  assert_failure (failures, 0, CPT_MERGE_FAILURE_DIFFERENT_BILLING_ADDRESS,
                  "different_billing_address", 0,
                  "Orders CC-00041 and CC-00042 have different billing addresses.");
  g_clear_pointer (&failures, g_ptr_array_unref);
  b.billing_address = ADDRESS;

  a.shipping_address = "Entrepôt B\n" ADDRESS;
  failures = cpt_merge_rules_check (&a, &b);
  g_assert_cmpuint (failures->len, ==, 1);
  assert_failure (failures, 0, CPT_MERGE_FAILURE_DIFFERENT_SHIPPING_ADDRESS,
                  "different_shipping_address", 0,
                  "Orders CC-00041 and CC-00042 have different shipping addresses.");
  g_clear_pointer (&failures, g_ptr_array_unref);
  a.shipping_address = ADDRESS;

  a.status = CPT_ORDER_STATUS_DRAFT;
  failures = cpt_merge_rules_check (&a, &b);
  g_assert_cmpuint (failures->len, ==, 1);
  assert_failure (failures, 0, CPT_MERGE_FAILURE_DIFFERENT_STATUS, "different_status", 0,
                  "Orders CC-00041 (Draft) and CC-00042 (Confirmed) do not have the same "
                  "status.");
  g_clear_pointer (&failures, g_ptr_array_unref);

  /* Both closed: same status, but not one that merges. */
  a.status = b.status = CPT_ORDER_STATUS_CLOSED;
  failures = cpt_merge_rules_check (&a, &b);
  g_assert_cmpuint (failures->len, ==, 2);
  assert_failure (failures, 0, CPT_MERGE_FAILURE_STATUS_NOT_MERGEABLE, "status_not_mergeable", 1,
                  "Order CC-00041 is closed: only draft or confirmed orders can be merged.");
  assert_failure (failures, 1, CPT_MERGE_FAILURE_STATUS_NOT_MERGEABLE, "status_not_mergeable", 2,
                  "Order CC-00042 is closed: only draft or confirmed orders can be merged.");
  g_clear_pointer (&failures, g_ptr_array_unref);

  a.status = b.status = CPT_ORDER_STATUS_VOID;
  failures = cpt_merge_rules_check (&a, &b);
  g_assert_cmpuint (failures->len, ==, 2);
  assert_failure (failures, 0, CPT_MERGE_FAILURE_STATUS_NOT_MERGEABLE, "status_not_mergeable", 1,
                  "Order CC-00041 is void: only draft or confirmed orders can be merged.");
  g_clear_pointer (&failures, g_ptr_array_unref);
  a.status = b.status = CPT_ORDER_STATUS_CONFIRMED;

  b.n_shipments = 1;
  failures = cpt_merge_rules_check (&a, &b);
  g_assert_cmpuint (failures->len, ==, 1);
  assert_failure (failures, 0, CPT_MERGE_FAILURE_HAS_SHIPMENTS, "has_shipments", 2,
                  "Order CC-00042 has 1 shipment.");
  g_clear_pointer (&failures, g_ptr_array_unref);
  b.n_shipments = 0;

  a.n_invoices = 2;
  failures = cpt_merge_rules_check (&a, &b);
  g_assert_cmpuint (failures->len, ==, 1);
  assert_failure (failures, 0, CPT_MERGE_FAILURE_HAS_INVOICES, "has_invoices", 1,
                  "Order CC-00041 has 2 invoices.");
  g_clear_pointer (&failures, g_ptr_array_unref);
  a.n_invoices = 0;

  b.marketplace = "Cdiscount";
  failures = cpt_merge_rules_check (&a, &b);
  g_assert_cmpuint (failures->len, ==, 1);
  assert_failure (failures, 0, CPT_MERGE_FAILURE_MARKETPLACE_ORDER, "marketplace_order", 2,
                  "Order CC-00042 comes from the marketplace Cdiscount and cannot be merged.");
}

static void
test_every_failure_named (void)
{
  CptMergeCandidate a = candidate (1, "CC-00041");
  CptMergeCandidate b = candidate (2, NULL);
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(GError) error = NULL;
  static const char *codes[] = {
    "different_customer", "different_billing_address", "different_shipping_address",
    "different_status", "status_not_mergeable", "has_shipments", "has_invoices",
    "marketplace_order", "has_invoices", "marketplace_order",
  };

  a.customer_id = 3;
  a.billing_address = NULL;
  b.shipping_address = "ailleurs";
  a.status = CPT_ORDER_STATUS_VOID;
  a.n_shipments = 3;
  a.n_invoices = 1;
  a.marketplace = "Amazon";
  b.n_invoices = 4;
  b.marketplace = "eBay";

  failures = cpt_merge_rules_check (&a, &b);
  g_assert_cmpuint (failures->len, ==, G_N_ELEMENTS (codes));
  for (guint i = 0; i < failures->len; i++)
    {
      const CptMergeFailure *failure = g_ptr_array_index (failures, i);

      g_assert_cmpstr (failure->code, ==, codes[i]);
    }
  /* An order without a number is named by its id. */
  assert_failure (failures, 0, CPT_MERGE_FAILURE_DIFFERENT_CUSTOMER, "different_customer", 0,
                  "Orders CC-00041 and #2 belong to different customers.");
  assert_failure (failures, 3, CPT_MERGE_FAILURE_DIFFERENT_STATUS, "different_status", 0,
                  "Orders CC-00041 (Void) and #2 (Confirmed) do not have the same status.");
  assert_failure (failures, 5, CPT_MERGE_FAILURE_HAS_SHIPMENTS, "has_shipments", 1,
                  "Order CC-00041 has 3 shipments.");
  assert_failure (failures, 6, CPT_MERGE_FAILURE_HAS_INVOICES, "has_invoices", 1,
                  "Order CC-00041 has 1 invoice.");
  assert_failure (failures, 8, CPT_MERGE_FAILURE_HAS_INVOICES, "has_invoices", 2,
                  "Order #2 has 4 invoices.");

  g_assert_false (cpt_merge_rules_to_error (failures, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_CONFLICT);
  g_assert_cmpstr (error->message, ==,
                   "Orders CC-00041 and #2 belong to different customers.\n"
                   "Orders CC-00041 and #2 have different billing addresses.\n"
                   "Orders CC-00041 and #2 have different shipping addresses.\n"
                   "Orders CC-00041 (Void) and #2 (Confirmed) do not have the same status.\n"
                   "Order CC-00041 is void: only draft or confirmed orders can be merged.\n"
                   "Order CC-00041 has 3 shipments.\n"
                   "Order CC-00041 has 1 invoice.\n"
                   "Order CC-00041 comes from the marketplace Amazon and cannot be merged.\n"
                   "Order #2 has 4 invoices.\n"
                   "Order #2 comes from the marketplace eBay and cannot be merged.");
}

static void
test_boxed (void)
{
  CptMergeCandidate a = candidate (1, "CC-00041");
  CptMergeCandidate b = candidate (2, "CC-00042");
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(CptMergeFailure) copy = NULL;
  const CptMergeFailure *original;

  b.n_shipments = 2;
  failures = cpt_merge_rules_check (&a, &b);
  original = g_ptr_array_index (failures, 0);
  copy = g_boxed_copy (CPT_TYPE_MERGE_FAILURE, original);
  g_assert_true (copy != original);
  g_assert_true (copy->message != original->message);
  g_assert_cmpstr (copy->message, ==, "Order CC-00042 has 2 shipments.");
  g_assert_cmpstr (copy->code, ==, "has_shipments");
  g_assert_cmpint (copy->kind, ==, CPT_MERGE_FAILURE_HAS_SHIPMENTS);
  g_assert_cmpint (copy->order_id, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/merge-rules/mergeable", test_mergeable);
  g_test_add_func ("/merge-rules/each-precondition", test_each_precondition);
  g_test_add_func ("/merge-rules/every-failure-named", test_every_failure_named);
  g_test_add_func ("/merge-rules/boxed", test_boxed);

  return g_test_run ();
}
