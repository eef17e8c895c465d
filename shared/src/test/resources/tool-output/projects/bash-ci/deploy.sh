#!/bin/bash
echo "deploying"
