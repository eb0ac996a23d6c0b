/* store-test-util.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cpt-database.h"

G_BEGIN_DECLS

char        *store_test_make_dir      (void);
void         store_test_remove_dir    (const char  *dir);
CptDatabase *store_test_open_fresh    (char       **dir_out);
char        *store_test_dump_checksum (CptDatabase *db);
gint64       store_test_query_int     (CptDatabase *db,
                                       const char  *sql);
char        *store_test_query_text    (CptDatabase *db,
                                       const char  *sql);
void         store_test_exec          (CptDatabase *db,
                                       const char  *sql);

G_END_DECLS
