"""The window's frame: the application, the main window, its rail, menus, banners and start-up."""
