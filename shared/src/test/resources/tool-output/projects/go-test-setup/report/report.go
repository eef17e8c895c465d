package report

// Title capitalizes nothing yet; it returns the name as given.
func Title(name string) string { return name }
