/* cpt-database-private.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include <glib.h>

#include "cpt-database.h"

G_BEGIN_DECLS

/* One schema version: SQL resources, then SQL text, in one transaction. */
typedef struct
{
  const char * const *resources;
  const char         *sql;
} CptMigrationStep;

void         cpt_database_register_functions   (sqlite3                 *db);
CptDatabase *cpt_database_open_with_migrations (const char              *path,
                                                const CptMigrationStep  *steps,
                                                int                      latest_version,
                                                GError                 **error);

G_END_DECLS
