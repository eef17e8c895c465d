;;; init-missing.el --- a working archive that has acme-strings (and acme-report) but not acme-dates.
(load (expand-file-name "common.el" default-directory) nil t)
(setq package-archives `(("acme" . ,(format "http://127.0.0.1:%s/" (getenv "ARCHIVE_PORT")))))
(package-initialize)
(package-refresh-contents)
(package-install 'acme-strings)
(package-install 'acme-dates)
