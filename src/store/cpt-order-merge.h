/* cpt-order-merge.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cpt-database.h"

G_BEGIN_DECLS

/* Merging two orders (« Fusionner les commandes client »), in one
 * BEGIN IMMEDIATE transaction. The kept order receives the other's lines
 * (identical items stay separate lines), the notes are joined and the
 * totals recomputed; the other becomes void « fusionnée dans CC-… »
 * (merged_into), never deleted; both histories say so. The stock committed
 * in total does not change. */

/* Checks every precondition (same customer, same addresses, same status,
 * draft or confirmed, no shipment, no invoice, no marketplace order) and
 * returns in @failures (element-type CptMergeFailure, core's
 * cpt-merge-rules.h) each one that fails — empty when the two orders can be
 * merged. FALSE only when the check itself could not run (an unknown id, a
 * database error). */
gboolean cpt_order_merge_check (CptDatabase   *db,
                                gint64         id_a,
                                gint64         id_b,
                                GPtrArray    **failures,
                                GError       **error);

/* @keep_id: @id_a or @id_b, or 0 for the older order (by date, then id).
 * A failed precondition is a CPT_ERROR_CONFLICT listing every failure, one
 * per line (@failures, when not NULL, receives them for the API's details);
 * nothing is changed. */
gboolean cpt_order_merge_full  (CptDatabase   *db,
                                gint64         id_a,
                                gint64         id_b,
                                gint64         keep_id,
                                gint64        *kept_id,
                                GPtrArray    **failures,
                                GError       **error);

gboolean cpt_order_merge       (CptDatabase   *db,
                                gint64         id_a,
                                gint64         id_b,
                                gint64         keep_id,
                                gint64        *kept_id,
                                GError       **error);

G_END_DECLS
