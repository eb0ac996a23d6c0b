/* cpt-item.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  CPT_ITEM_KIND_GOODS,
  CPT_ITEM_KIND_SERVICE,
} CptItemKind;

#define CPT_TYPE_ITEM_KIND (cpt_item_kind_get_type ())
GType cpt_item_kind_get_type (void) G_GNUC_CONST;

const char *cpt_item_kind_to_string   (CptItemKind  kind);
gboolean    cpt_item_kind_from_string (const char  *text,
                                       CptItemKind *kind);

#define CPT_TYPE_ITEM (cpt_item_get_type ())

/* An article of the catalogue. Amounts in cents, quantities in
 * thousandths. on-hand, committed and available are the stock figures the
 * store read with the item (all warehouses, or the one it was asked for);
 * they are not saved back. */
G_DECLARE_FINAL_TYPE (CptItem, cpt_item, CPT, ITEM, GObject)

CptItem     *cpt_item_new               (void);
CptItem     *cpt_item_copy              (CptItem     *self);

gint64       cpt_item_get_id            (CptItem     *self);
void         cpt_item_set_id            (CptItem     *self,
                                         gint64       id);
const char  *cpt_item_get_name          (CptItem     *self);
void         cpt_item_set_name          (CptItem     *self,
                                         const char  *name);
const char  *cpt_item_get_sku           (CptItem     *self);
void         cpt_item_set_sku           (CptItem     *self,
                                         const char  *sku);
CptItemKind  cpt_item_get_kind          (CptItem     *self);
void         cpt_item_set_kind          (CptItem     *self,
                                         CptItemKind  kind);
const char  *cpt_item_get_unit          (CptItem     *self);
void         cpt_item_set_unit          (CptItem     *self,
                                         const char  *unit);
gint64       cpt_item_get_rate          (CptItem     *self);
void         cpt_item_set_rate          (CptItem     *self,
                                         gint64       rate);
gint64       cpt_item_get_tax_id        (CptItem     *self);
void         cpt_item_set_tax_id        (CptItem     *self,
                                         gint64       tax_id);
gboolean     cpt_item_get_track_stock   (CptItem     *self);
void         cpt_item_set_track_stock   (CptItem     *self,
                                         gboolean     track_stock);
gint64       cpt_item_get_reorder_level (CptItem     *self);
void         cpt_item_set_reorder_level (CptItem     *self,
                                         gint64       reorder_level);
const char  *cpt_item_get_description   (CptItem     *self);
void         cpt_item_set_description   (CptItem     *self,
                                         const char  *description);
gboolean     cpt_item_get_active        (CptItem     *self);
void         cpt_item_set_active        (CptItem     *self,
                                         gboolean     active);

gint64       cpt_item_get_on_hand       (CptItem     *self);
gint64       cpt_item_get_committed     (CptItem     *self);
gint64       cpt_item_get_available     (CptItem     *self);
gint64       cpt_item_get_missing       (CptItem     *self);
gboolean     cpt_item_get_out_of_stock  (CptItem     *self);
void         cpt_item_set_stock         (CptItem     *self,
                                         gint64       on_hand,
                                         gint64       committed);

void         cpt_item_normalize         (CptItem     *self);
gboolean     cpt_item_validate          (CptItem     *self,
                                         GError     **error);

G_END_DECLS
