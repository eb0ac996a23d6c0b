/* cpt-print-operation.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cpt-document.h"

G_BEGIN_DECLS

#define CPT_TYPE_PRINT_OPERATION (cpt_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (CptPrintOperation, cpt_print_operation, CPT, PRINT_OPERATION, GtkPrintOperation)

CptPrintOperation *cpt_print_operation_new         (CptDocument * const *documents,
                                                    guint                n_documents);
guint              cpt_print_operation_get_n_documents (CptPrintOperation *self);
void               cpt_print_operation_run_dialog  (CptPrintOperation   *self,
                                                    GtkWindow           *parent);

G_END_DECLS
