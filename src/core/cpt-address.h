/* cpt-address.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CPT_TYPE_ADDRESS (cpt_address_get_type ())

/* A postal address, as customers keep it and documents copy it. Fields are
 * never NULL (empty strings instead); an empty country means the seller's
 * own country. */
typedef struct _CptAddress CptAddress;

struct _CptAddress
{
  char *street;
  char *street2;
  char *postcode;
  char *city;
  char *country;
};

GType       cpt_address_get_type        (void) G_GNUC_CONST;
CptAddress *cpt_address_new             (const char       *street,
                                         const char       *street2,
                                         const char       *postcode,
                                         const char       *city,
                                         const char       *country);
CptAddress *cpt_address_copy            (const CptAddress *self);
void        cpt_address_free            (CptAddress       *self);
gboolean    cpt_address_equal           (const CptAddress *a,
                                         const CptAddress *b);
gboolean    cpt_address_is_empty        (const CptAddress *self);
void        cpt_address_set             (CptAddress       *self,
                                         const char       *street,
                                         const char       *street2,
                                         const char       *postcode,
                                         const char       *city,
                                         const char       *country);
char       *cpt_address_format          (const CptAddress *self);
char       *cpt_address_format_one_line (const CptAddress *self);
gboolean    cpt_address_is_domestic     (const CptAddress *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CptAddress, cpt_address_free)

G_END_DECLS
