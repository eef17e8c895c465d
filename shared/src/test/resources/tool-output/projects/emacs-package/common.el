;;; common.el --- what the CI's init files share: packages go to a folder of the checkout.
(require 'package)
(setq package-user-dir (expand-file-name "elpa-installed" default-directory))
(setq package-check-signature nil)
