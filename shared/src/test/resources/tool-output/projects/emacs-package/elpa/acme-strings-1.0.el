;;; acme-strings.el --- String helpers for the invoice tools  -*- lexical-binding: t -*-

;; Version: 1.0

;;; Commentary:

;; A package of the local test archive.

;;; Code:

(defun acme-strings-pad (s n)
  "Pad S with spaces to N characters."
  (format (format "%%-%ds" n) s))

(provide 'acme-strings)
;;; acme-strings.el ends here
