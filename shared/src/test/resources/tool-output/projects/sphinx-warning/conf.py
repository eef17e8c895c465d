project = "Invoice tools"
