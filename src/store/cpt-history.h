/* cpt-history.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cpt-database.h"

G_BEGIN_DECLS

/* The history of orders, invoices and credit notes: one row per event,
 * stamped in UTC. Record an event inside the transaction of the operation
 * it describes, so both happen or neither. */

typedef enum
{
  CPT_HISTORY_ORDER,
  CPT_HISTORY_INVOICE,
  CPT_HISTORY_CREDIT_NOTE,
} CptHistoryDocument;

/* What an event is attached to; 0 for none. An event may concern several
 * documents (« facturée (FA-2026-00012) » on the order, with the invoice). */
typedef struct
{
  gint64 order_id;
  gint64 invoice_id;
  gint64 credit_note_id;
  gint64 shipment_id;
} CptHistoryTarget;

gboolean    cpt_history_add          (CptDatabase             *db,
                                      const CptHistoryTarget  *target,
                                      const char              *event,
                                      const char              *text,
                                      GError                 **error);
gboolean    cpt_history_add_to_order (CptDatabase             *db,
                                      gint64                   order_id,
                                      const char              *event,
                                      const char              *text,
                                      GError                 **error);
/* The events of a document, oldest first: a GListStore of CptHistoryEntry. */
GListModel *cpt_history_list         (CptDatabase             *db,
                                      CptHistoryDocument       document,
                                      gint64                   id,
                                      GError                 **error);

G_END_DECLS
