#!/usr/bin/python3
# A Secret Service whose only keyring, "login", is locked and holds one
# item, and whose unlock prompt is always dismissed: the keyring of a
# user who closed the unlock dialog. Prints "READY" once it owns
# org.freedesktop.secrets on the session bus.
from gi.repository import Gio, GLib

BASE = "/org/freedesktop/secrets"
COLLECTION = BASE + "/collection/login"
ITEM = COLLECTION + "/1"
PROMPT = BASE + "/prompt/1"

XML = """
<node>
  <interface name="org.freedesktop.Secret.Service">
    <method name="OpenSession">
      <arg type="s" direction="in"/><arg type="v" direction="in"/>
      <arg type="v" direction="out"/><arg type="o" direction="out"/>
    </method>
    <method name="SearchItems">
      <arg type="a{ss}" direction="in"/>
      <arg type="ao" direction="out"/><arg type="ao" direction="out"/>
    </method>
    <method name="Unlock">
      <arg type="ao" direction="in"/>
      <arg type="ao" direction="out"/><arg type="o" direction="out"/>
    </method>
    <method name="ReadAlias">
      <arg type="s" direction="in"/><arg type="o" direction="out"/>
    </method>
    <property name="Collections" type="ao" access="read"/>
  </interface>
  <interface name="org.freedesktop.Secret.Collection">
    <property name="Items" type="ao" access="read"/>
    <property name="Label" type="s" access="read"/>
    <property name="Locked" type="b" access="read"/>
    <property name="Created" type="t" access="read"/>
    <property name="Modified" type="t" access="read"/>
  </interface>
  <interface name="org.freedesktop.Secret.Item">
    <property name="Locked" type="b" access="read"/>
    <property name="Attributes" type="a{ss}" access="read"/>
    <property name="Label" type="s" access="read"/>
    <property name="Created" type="t" access="read"/>
    <property name="Modified" type="t" access="read"/>
  </interface>
  <interface name="org.freedesktop.Secret.Prompt">
    <method name="Prompt"><arg type="s" direction="in"/></method>
    <method name="Dismiss"/>
    <signal name="Completed"><arg type="b"/><arg type="v"/></signal>
  </interface>
</node>
"""

node = Gio.DBusNodeInfo.new_for_xml(XML)
interfaces = {i.name: i for i in node.interfaces}
loop = GLib.MainLoop()

PROPERTIES = {
    (BASE, "Collections"): GLib.Variant("ao", [COLLECTION]),
    (COLLECTION, "Items"): GLib.Variant("ao", [ITEM]),
    (COLLECTION, "Label"): GLib.Variant("s", "Connexion"),
    (COLLECTION, "Locked"): GLib.Variant("b", True),
    (COLLECTION, "Created"): GLib.Variant("t", 0),
    (COLLECTION, "Modified"): GLib.Variant("t", 0),
    (ITEM, "Locked"): GLib.Variant("b", True),
    (ITEM, "Attributes"): GLib.Variant("a{ss}", {
        "xdg:schema": "fr.comptoir.Comptoir.Smtp",
        "host": "smtp.dupont.fr",
        "username": "ventes@dupont.fr"}),
    (ITEM, "Label"): GLib.Variant("s", "Comptoir"),
    (ITEM, "Created"): GLib.Variant("t", 0),
    (ITEM, "Modified"): GLib.Variant("t", 0),
}


def method_call(connection, sender, path, interface, method, params, invocation):
    if method == "OpenSession":
        if params.unpack()[0] != "plain":
            invocation.return_dbus_error("org.freedesktop.DBus.Error.NotSupported",
                                         "Only plain sessions")
            return
        invocation.return_value(GLib.Variant("(vo)", (GLib.Variant("s", ""),
                                                      BASE + "/session/1")))
    elif method == "SearchItems":
        invocation.return_value(GLib.Variant("(aoao)", ([], [ITEM])))
    elif method == "Unlock":
        invocation.return_value(GLib.Variant("(aoo)", ([], PROMPT)))
    elif method == "ReadAlias":
        invocation.return_value(GLib.Variant("(o)", (COLLECTION,)))
    elif method in ("Prompt", "Dismiss"):
        invocation.return_value(None)
        # The user closed the dialog without typing the password.
        connection.emit_signal(None, PROMPT, "org.freedesktop.Secret.Prompt", "Completed",
                               GLib.Variant("(bv)", (True, GLib.Variant("ao", []))))
    else:
        invocation.return_dbus_error("org.freedesktop.DBus.Error.UnknownMethod", method)


def get_property(connection, sender, path, interface, name):
    return PROPERTIES[(path, name)]


def on_bus(connection, name):
    for path, interface in ((BASE, "org.freedesktop.Secret.Service"),
                            (COLLECTION, "org.freedesktop.Secret.Collection"),
                            (ITEM, "org.freedesktop.Secret.Item"),
                            (PROMPT, "org.freedesktop.Secret.Prompt")):
        connection.register_object(path, interfaces[interface], method_call, get_property, None)


def on_name(connection, name):
    print("READY", flush=True)


Gio.bus_own_name(Gio.BusType.SESSION, "org.freedesktop.secrets", Gio.BusNameOwnerFlags.NONE,
                 on_bus, on_name, lambda *args: loop.quit())
loop.run()
