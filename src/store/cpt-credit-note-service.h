/* cpt-credit-note-service.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cpt-credit-note.h"
#include "cpt-database.h"

G_BEGIN_DECLS

/* Credit notes (« avoirs »). A credit note cancels one issued invoice as a
 * whole: it copies the invoice's snapshot, takes the next number of its own
 * series in the same transaction, marks the invoice credited and gives its
 * quantities back to the order's « to invoice » (the order may reopen).
 * Each function is one BEGIN IMMEDIATE transaction. */

typedef struct
{
  gint64       invoice_id;   /* 0 for all */
  gint64       order_id;     /* 0 for all */
  gint64       customer_id;  /* 0 for all */
  const char  *search;       /* number, invoice number, customer; NULL or "" for all */
} CptCreditNoteQuery;

/* @date: YYYY-MM-DD; NULL: today. Returns the credit note's id, 0 on error. */
gint64         cpt_credit_note_service_create    (CptDatabase               *db,
                                                  gint64                     invoice_id,
                                                  const char                *reason,
                                                  const char                *date,
                                                  GError                   **error);
gboolean       cpt_credit_note_service_mark_sent (CptDatabase               *db,
                                                  gint64                     credit_note_id,
                                                  const char                *recipient,
                                                  GError                   **error);
CptCreditNote *cpt_credit_note_service_get       (CptDatabase               *db,
                                                  gint64                     credit_note_id,
                                                  GError                   **error);
/* Newest first, keyset paging: @after is the last row of the previous page.
 * Rows come without their lines. */
gboolean       cpt_credit_note_service_list      (CptDatabase               *db,
                                                  const CptCreditNoteQuery  *query,
                                                  CptCreditNote             *after,
                                                  guint                      limit,
                                                  GPtrArray                **credit_notes,
                                                  GError                   **error);

G_END_DECLS
