/* cpt-merge-rules.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cpt-order-status.h"

G_BEGIN_DECLS

/* The preconditions of merging two orders (PRODUCT.md §1.4). */

typedef struct
{
  gint64          id;
  gint64          customer_id;
  const char     *billing_address;
  const char     *shipping_address;
  CptOrderStatus  status;
  guint           n_shipments;
  guint           n_invoices;
  const char     *marketplace;    /* NULL or empty: not a marketplace order */
  const char     *number;
} CptMergeCandidate;

typedef enum
{
  CPT_MERGE_FAILURE_DIFFERENT_CUSTOMER,
  CPT_MERGE_FAILURE_DIFFERENT_BILLING_ADDRESS,
  CPT_MERGE_FAILURE_DIFFERENT_SHIPPING_ADDRESS,
  CPT_MERGE_FAILURE_DIFFERENT_STATUS,
  CPT_MERGE_FAILURE_STATUS_NOT_MERGEABLE,
  CPT_MERGE_FAILURE_HAS_SHIPMENTS,
  CPT_MERGE_FAILURE_HAS_INVOICES,
  CPT_MERGE_FAILURE_MARKETPLACE_ORDER,
} CptMergeFailureKind;

/* One failed precondition. */
typedef struct
{
  CptMergeFailureKind  kind;
  const char          *code;     /* the API's detail code, e.g. `has_invoices` */
  gint64               order_id; /* the order at fault, 0 when it is the pair */
  char                *message;  /* translated, naming the orders */
} CptMergeFailure;

#define CPT_TYPE_MERGE_FAILURE (cpt_merge_failure_get_type ())

GType            cpt_merge_failure_get_type     (void);
CptMergeFailure *cpt_merge_failure_copy         (const CptMergeFailure   *failure);
void             cpt_merge_failure_free         (CptMergeFailure         *failure);
const char      *cpt_merge_failure_kind_to_string (CptMergeFailureKind    kind);

GPtrArray       *cpt_merge_rules_check          (const CptMergeCandidate *a,
                                                 const CptMergeCandidate *b);
gboolean         cpt_merge_rules_to_error       (const GPtrArray         *failures,
                                                 GError                 **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CptMergeFailure, cpt_merge_failure_free)

G_END_DECLS
