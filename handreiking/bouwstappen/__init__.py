"""bouwstappen"""
