/* cpt-test-documents.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cpt-document.h"
#include "cpt-totals.h"

G_BEGIN_DECLS

/* Documents built by hand, independent of the database, for the tests
 * and the benchmark. */

void         cpt_test_documents_use_french (void);
CptDocument *cpt_test_document_new         (CptDocumentKind  kind,
                                            guint            n_lines,
                                            gboolean         franchise,
                                            CptTotals       *totals);
char        *cpt_test_run                  (const char      *command_line);

G_END_DECLS
