/* order-fixture.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cpt-database.h"
#include "cpt-order.h"
#include "store-test-util.h"

G_BEGIN_DECLS

/* Seeded taxes of a new file (v1-seed.sql). */
#define TAX_20 1
#define TAX_5_5 3

CptDatabase *fixture_open          (const char  *dir);
gint64       fixture_add_customer  (CptDatabase *db,
                                    const char  *name,
                                    const char  *city);
gint64       fixture_add_item      (CptDatabase *db,
                                    const char  *name,
                                    gint64       rate,
                                    gint64       tax_id);
gint64       fixture_add_tax       (CptDatabase *db,
                                    const char  *name,
                                    int          rate,
                                    gboolean     active);
/* An order of @customer_id with one line per (quantity, rate, tax) triple
 * of ints (thousandths, cents, tax id), terminated by a quantity of -1. */
CptOrder    *fixture_order_new     (gint64       customer_id,
                                    const char  *date,
                                    ...);
/* A digest of every row of every table, and of the bytes of the file and
 * of its WAL: equal before and after a refusal. */
char        *fixture_snapshot      (CptDatabase *db);

G_END_DECLS
