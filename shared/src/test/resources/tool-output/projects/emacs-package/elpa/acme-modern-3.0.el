;;; acme-modern.el --- Needs an Emacs that does not exist yet  -*- lexical-binding: t -*-

;; Version: 3.0
;; Package-Requires: ((emacs "99.1"))

;;; Commentary:

;; A package of the local test archive that needs a newer Emacs than any CI runs.

;;; Code:

(provide 'acme-modern)
;;; acme-modern.el ends here
