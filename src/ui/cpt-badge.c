/* cpt-badge.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-badge"

#include "config.h"

#include "cpt-badge.h"

/* A state shown in a list cell (order status, invoiced, shipped…): a
 * label whose CSS classes come from a binding. Binding "css-classes" on a
 * plain label replaces the classes on every bind, and each replacement
 * makes GTK recompute the style of the cell even when the state is the
 * same; the badge only touches the classes when they differ, so
 * scrolling and searching through rows of the same state restyle
 * nothing. The text ellipsizes when its column is narrow. */
struct _CptBadge
{
  GtkWidget  parent_instance;

  GtkLabel  *label;
};

G_DEFINE_FINAL_TYPE (CptBadge, cpt_badge, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_LABEL,
  PROP_CLASSES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cpt_badge_dispose (GObject *object)
{
  CptBadge *self = CPT_BADGE (object);

  if (self->label != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->label));
      self->label = NULL;
    }
  G_OBJECT_CLASS (cpt_badge_parent_class)->dispose (object);
}

static void
cpt_badge_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  CptBadge *self = CPT_BADGE (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      g_value_set_string (value, cpt_badge_get_label (self));
      break;
    case PROP_CLASSES:
      g_value_take_boxed (value, gtk_widget_get_css_classes (GTK_WIDGET (self->label)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cpt_badge_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  CptBadge *self = CPT_BADGE (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      cpt_badge_set_label (self, g_value_get_string (value));
      break;
    case PROP_CLASSES:
      cpt_badge_set_classes (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cpt_badge_class_init (CptBadgeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cpt_badge_dispose;
  object_class->get_property = cpt_badge_get_property;
  object_class->set_property = cpt_badge_set_property;

  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLASSES] =
    g_param_spec_boxed ("classes", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
cpt_badge_init (CptBadge *self)
{
  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_ellipsize (self->label, PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (self->label, 0);
  gtk_widget_set_halign (GTK_WIDGET (self->label), GTK_ALIGN_START);
  gtk_widget_set_parent (GTK_WIDGET (self->label), GTK_WIDGET (self));
}

GtkWidget *
cpt_badge_new (void)
{
  return g_object_new (CPT_TYPE_BADGE, NULL);
}

const char *
cpt_badge_get_label (CptBadge *self)
{
  g_return_val_if_fail (CPT_IS_BADGE (self), NULL);

  return gtk_label_get_label (self->label);
}

void
cpt_badge_set_label (CptBadge   *self,
                     const char *label)
{
  g_return_if_fail (CPT_IS_BADGE (self));

  if (g_strcmp0 (gtk_label_get_label (self->label), label != NULL ? label : "") == 0)
    return;
  gtk_label_set_label (self->label, label);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

/* Sets the label's CSS classes only when they differ from the current
 * ones: the same set in another order counts as different, which only
 * costs one restyle. */
void
cpt_badge_set_classes (CptBadge          *self,
                       const char *const *classes)
{
  g_auto(GStrv) current = NULL;
  static const char *const none[] = { NULL };

  g_return_if_fail (CPT_IS_BADGE (self));

  current = gtk_widget_get_css_classes (GTK_WIDGET (self->label));
  if (g_strv_equal ((const char *const *) current, classes != NULL ? classes : none))
    return;
  gtk_widget_set_css_classes (GTK_WIDGET (self->label), classes != NULL ? (const char **) classes : (const char **) none);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLASSES]);
}

/* The label inside, for tests. */
GtkLabel *
cpt_badge_get_child (CptBadge *self)
{
  g_return_val_if_fail (CPT_IS_BADGE (self), NULL);

  return self->label;
}
