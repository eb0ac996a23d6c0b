/* forms-test.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cpt-database.h"

G_BEGIN_DECLS

/* What the form and dialog tests share: a fresh database file in a
 * temporary directory, a parent window, main-loop spinning and
 * screenshots saved in the build directory for a person to look at. */

void         forms_test_init        (int          *argc,
                                     char       ***argv);
CptDatabase *forms_test_open_db     (void);
GtkWindow   *forms_test_parent      (void);
void         forms_test_spin        (guint         milliseconds);
void         forms_test_screenshot  (GtkWidget    *widget,
                                     const char   *name);
gint64       forms_test_query_int   (CptDatabase  *db,
                                     const char   *sql);
char        *forms_test_query_text  (CptDatabase  *db,
                                     const char   *sql);
GtkWindow   *forms_test_find_window (GType         type);
GtkWidget   *forms_test_find_nth    (GtkWidget    *root,
                                     GType         type,
                                     guint         n);

G_END_DECLS
