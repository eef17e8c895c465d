;;; acme-report.el --- Invoice reports  -*- lexical-binding: t -*-

;; Version: 1.2
;; Package-Requires: ((acme-strings "2.0"))

;;; Commentary:

;; A package of the local test archive that needs a newer acme-strings than the archive has.

;;; Code:

(require 'acme-strings)

(defun acme-report-line (name amount)
  "Format NAME and AMOUNT as a report line."
  (concat (acme-strings-pad name 20) (number-to-string amount)))

(provide 'acme-report)
;;; acme-report.el ends here
