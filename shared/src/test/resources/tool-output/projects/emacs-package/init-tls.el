;;; init-tls.el --- an https archive whose certificate (from a CA the runner trusts) names another host.
(load (expand-file-name "common.el" default-directory) nil t)
(require 'gnutls)
(setq gnutls-trustfiles (list (expand-file-name "ca.pem" default-directory)))
(setq package-archives `(("acme" . ,(format "https://localhost:%s/packages/" (getenv "ARCHIVE_PORT")))))
(package-initialize)
(package-refresh-contents)
(package-install 'acme-strings)
